// Code actions: a quick fix for each safe fix whose finding touches the requested range, and "fix all" (what `lint --fix` applies).
using Debrief.Lsp.Analysis;
using Debrief.Lsp.Protocol;
using Debrief.Lsp.Server;

namespace Debrief.Lsp.Features;

internal static class CodeActions
{
    public const string QuickFix = "quickfix";
    public const string FixAll = "source.fixAll.debrief";

    /// <param name="versioned">True when the client takes <c>documentChanges</c> (edits tied to the document version).</param>
    public static List<CodeAction> For(DocumentSnapshot document, DocumentAnalysis analysis, LspRange range, IReadOnlyList<string>? only, string? ruleDocsBase, bool versioned)
    {
        var lines = document.Lines;
        var from = lines.OffsetOf(range.Start);
        var to = Math.Max(from, lines.OffsetOf(range.End));
        var actions = new List<CodeAction>();
        if (Wanted(QuickFix, only))
        {
            foreach (var finding in analysis.Findings)
            {
                if (finding.Fix is not { Safe: true } fix || fix.Edits.Count == 0)
                    continue;
                var (start, end) = Diagnostics.Extent(finding, lines);
                if (start > to || end < from)
                    continue;
                actions.Add(new CodeAction
                {
                    Title = fix.Title,
                    Kind = QuickFix,
                    Diagnostics = [Diagnostics.ToLsp(finding, lines, ruleDocsBase)],
                    IsPreferred = true,
                    Edit = Edit(document, fix.Edits.Select(e => new LspTextEdit(lines.RangeOf(e.Start, e.Length), e.NewText)).ToList(), versioned),
                });
            }
        }
        if (analysis.FixedText is { } fixedText && Wanted(FixAll, only))
        {
            var whole = lines.RangeOf(0, document.Text.Length);
            actions.Add(new CodeAction
            {
                Title = "Apply every safe Debrief fix (as lint --fix)",
                Kind = FixAll,
                Edit = Edit(document, [new LspTextEdit(whole, fixedText.Value)], versioned),
            });
        }
        return actions;
    }

    /// <summary>LSP kinds are hierarchical: asking for "source" or "source.fixAll" includes "source.fixAll.debrief".</summary>
    private static bool Wanted(string kind, IReadOnlyList<string>? only) =>
        only is null || only.Count == 0 || only.Any(o => kind == o || kind.StartsWith(o + ".", StringComparison.Ordinal));

    private static WorkspaceEdit Edit(DocumentSnapshot document, List<LspTextEdit> edits, bool versioned) => versioned
        ? new WorkspaceEdit { DocumentChanges = [new TextDocumentEdit(new VersionedTextDocumentIdentifier { Uri = document.Uri, Version = document.Version }, edits)] }
        : new WorkspaceEdit { Changes = new Dictionary<string, List<LspTextEdit>>(StringComparer.Ordinal) { [document.Uri] = edits } };
}
