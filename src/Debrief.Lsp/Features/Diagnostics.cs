// Findings as LSP diagnostics: rule id as code, a link to the rule page, severity, and a 0-based UTF-16 range.
using Debrief.Lsp.Analysis;
using Debrief.Lsp.Protocol;
using Debrief.Lsp.Server;

namespace Debrief.Lsp.Features;

internal static class Diagnostics
{
    public static List<LspDiagnostic> ToLsp(DocumentAnalysis analysis, LineMap lines, string? ruleDocsBase) =>
        analysis.Findings.Select(f => ToLsp(f, lines, ruleDocsBase)).ToList();

    public static LspDiagnostic ToLsp(Finding finding, LineMap lines, string? ruleDocsBase)
    {
        var (start, end) = Extent(finding, lines);
        return new LspDiagnostic
        {
            Range = new LspRange(lines.PositionOf(start), lines.PositionOf(end)),
            Severity = finding.Severity switch
            {
                FindingSeverity.Error => DiagnosticSeverity.Error,
                FindingSeverity.Warning => DiagnosticSeverity.Warning,
                _ => DiagnosticSeverity.Information,
            },
            Code = finding.Rule,
            CodeDescription = RulePage(finding, ruleDocsBase) is { } href ? new CodeDescription(href) : null,
            Message = finding.Message,
        };
    }

    /// <summary>The link to a rule's page: the base (docs/rules/ of the repository by default) + "DB010.md".</summary>
    public static string? RulePage(Finding finding, string? ruleDocsBase) =>
        finding.Documented && !string.IsNullOrEmpty(ruleDocsBase) ? RulePage(finding.Rule, ruleDocsBase) : null;

    public static string RulePage(string rule, string ruleDocsBase) =>
        (ruleDocsBase.EndsWith('/') ? ruleDocsBase : ruleDocsBase + "/") + rule + ".md";

    /// <summary>The offsets a finding covers. An exact region is used as is (an empty one extends to the end of its line, so
    /// editors can show it); a finding about the whole document covers the line the core reports (the first line).</summary>
    public static (int Start, int End) Extent(Finding finding, LineMap lines)
    {
        if (finding.Start is int start)
        {
            if (finding.Length > 0)
                return (start, start + finding.Length);
            var lineEnd = lines.ContentEnd(lines.LineOf(start));
            return (start, Math.Max(start, lineEnd));
        }
        var line = Math.Clamp(finding.Line - 1, 0, lines.LineCount - 1);
        return (lines.LineStart(line), lines.ContentEnd(line));
    }
}
