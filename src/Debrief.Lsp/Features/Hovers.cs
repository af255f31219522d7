// Hover on a finding: what was found, and the rule's title, why it matters, how to fix it and a link to its page (as `debrief explain`).
using System.Text;
using Debrief.Lsp.Analysis;
using Debrief.Lsp.Protocol;
using Debrief.Lsp.Server;

namespace Debrief.Lsp.Features;

internal static class Hovers
{
    /// <summary>The hover at a position, or null when no finding covers it.</summary>
    public static Hover? At(DocumentSnapshot document, DocumentAnalysis analysis, Position position, Func<string, RuleHelp?> rules, string? ruleDocsBase)
    {
        var lines = document.Lines;
        var offset = lines.OffsetOf(position);
        var hits = analysis.Findings
            .Select(f => (Finding: f, Extent: Diagnostics.Extent(f, lines)))
            .Where(h => h.Extent.Start <= offset && offset <= h.Extent.End)
            .ToList();
        if (hits.Count == 0)
            return null;
        var text = new StringBuilder();
        foreach (var group in hits.GroupBy(h => h.Finding.Rule, StringComparer.Ordinal))
        {
            if (text.Length > 0)
                text.Append("\n---\n\n");
            var first = group.First().Finding;
            var help = first.Documented ? rules(first.Rule) : null;
            text.Append("**").Append(first.Rule).Append(' ').Append(first.Name).Append("** (").Append(Severity(first.Severity)).Append(")\n\n");
            foreach (var (finding, _) in group)
            {
                text.Append("- ").Append(finding.Message);
                if (finding.Fix is { Safe: true } fix)
                    text.Append(" — quick fix: ").Append(fix.Title);
                text.Append('\n');
            }
            text.Append('\n');
            if (help is not null)
            {
                text.Append(help.Summary).Append(".\n\n");
                text.Append("**Why it matters.** ").Append(help.Why).Append("\n\n");
                if (help.HowToFix is { } how)
                    text.Append("**How to fix.** ").Append(how).Append("\n\n");
            }
            if (Diagnostics.RulePage(first, ruleDocsBase) is { } page)
                text.Append('[').Append(first.Rule).Append(" documentation](").Append(page).Append(")\n");
        }
        var (start, end) = hits[0].Extent;
        return new Hover(new MarkupContent("markdown", text.ToString().TrimEnd() + "\n"), lines.RangeOf(start, end - start));
    }

    private static string Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };
}
