// Reads action-item tables (| Action Item | Type | Owner | Ticket |) so items carry their columns even when
// the parser kept only the row text: the linter needs type, owner and ticket to check the sre profile.
using System.Globalization;
using Debrief.Model;

namespace Debrief.Linting.Analysis;

/// <summary>Fills an action item's missing fields from the table row it was read from.</summary>
public static class ActionItemTables
{
    private static readonly string[] TextColumns = ["action item", "action items", "action", "item", "task", "description", "what"];
    private static readonly string[] TypeColumns = ["type", "kind", "category"];
    private static readonly string[] OwnerColumns = ["owner", "owners", "assignee", "who", "responsible"];
    private static readonly string[] TicketColumns = ["ticket", "bug", "issue", "jira", "tracking", "link", "tickets", "bugs"];
    private static readonly string[] DueColumns = ["due", "due date", "deadline", "when", "by"];

    /// <summary>The document's action items, with fields taken from their table columns where the parser left them empty.</summary>
    public static IReadOnlyList<ActionItem> Enrich(Postmortem document, SourceText text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<ActionItem>(document.ActionItems.Count);
        foreach (var item in document.ActionItems)
            result.Add(FromRow(item, text) ?? item);
        return result;
    }

    private static ActionItem? FromRow(ActionItem item, SourceText text)
    {
        if (!item.Span.IsKnown || item.Span.Line > text.LineCount)
            return null;
        var row = text.Line(item.Span.Line).Trim();
        if (!row.StartsWith('|'))
            return null;
        // The header is the first line of the contiguous table block.
        var first = item.Span.Line;
        while (first > 1 && text.Line(first - 1).TrimStart().StartsWith('|'))
            first--;
        if (first == item.Span.Line || first + 1 > text.LineCount)
            return null;
        var header = Cells(text.Line(first)).Select(c => c.ToLowerInvariant().Trim('*', '_', ' ', ':')).ToList();
        var cells = Cells(row);
        string? Column(string[] names)
        {
            var i = header.FindIndex(h => names.Contains(h));
            if (i < 0 || i >= cells.Count)
                return null;
            var value = cells[i].Trim();
            return value.Length == 0 || value is "-" or "—" or "?" ? null : value;
        }
        var textCell = Column(TextColumns) ?? (cells.Count > 0 ? cells[0].Trim() : item.Text);
        DateOnly? due = item.Due;
        if (due is null && Column(DueColumns) is { } d && DateOnly.TryParse(d, CultureInfo.InvariantCulture, out var parsed))
            due = parsed;
        return item with
        {
            Text = textCell.Length > 0 ? textCell : item.Text,
            Type = item.Type ?? Column(TypeColumns),
            Owner = item.Owner ?? Column(OwnerColumns),
            Ticket = item.Ticket ?? Column(TicketColumns),
            Due = due,
        };
    }

    private static List<string> Cells(string row)
    {
        var r = row.Trim();
        if (r.StartsWith('|'))
            r = r[1..];
        if (r.EndsWith('|') && !r.EndsWith("\\|", StringComparison.Ordinal))
            r = r[..^1];
        return r.Replace("\\|", "\u0001").Split('|').Select(c => c.Replace('\u0001', '|')).ToList();
    }
}
