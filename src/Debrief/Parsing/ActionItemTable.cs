// Reads action items written as a table (SRE style: Action Item | Type | Owner | Ticket), mapping columns by header.
using System.Globalization;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Column roles of an action item table, found from its header row.</summary>
internal sealed class ActionItemTable
{
    private readonly int _text = -1, _type = -1, _owner = -1, _ticket = -1, _due = -1, _status = -1;

    private ActionItemTable(string[] header)
    {
        for (var i = 0; i < header.Length; i++)
        {
            var h = header[i].Trim().ToLowerInvariant();
            if (h.Contains("owner") || h.Contains("assignee") || h == "who") _owner = i;
            else if (h.Contains("type") || h.Contains("category") || h.Contains("kind")) _type = i;
            else if (h.Contains("ticket") || h.Contains("issue") || h.Contains("bug") || h.Contains("jira") || h.Contains("link")) _ticket = i;
            else if (h.Contains("due") || h.Contains("date") || h.Contains("deadline")) _due = i;
            else if (h.Contains("status") || h.Contains("done") || h.Contains("state")) _status = i;
            else if (_text < 0 && (h.Contains("item") || h.Contains("action") || h.Contains("task") || h.Contains("description") || h.Contains("what"))) _text = i;
        }
        if (_text < 0) _text = 0;
    }

    /// <summary>A table whose header names an action or owner column, or null.</summary>
    public static ActionItemTable? FromHeader(string rawLine)
    {
        var cells = Cells(rawLine);
        var table = new ActionItemTable(cells);
        return table._owner >= 0 || table._type >= 0 || table._ticket >= 0 ? table : null;
    }

    /// <summary>The action item of a data row, or null for separator and empty rows.</summary>
    public ActionItem? Row(string rawLine, SourceSpan span)
    {
        var cells = Cells(rawLine);
        string? Cell(int i) => i >= 0 && i < cells.Length && MarkupStripper.Plain(cells[i]) is { Length: > 0 } v ? v : null;
        var text = Cell(_text);
        if (text is null || text.Trim('-', ':', ' ').Length == 0) return null;
        DateOnly? due = Cell(_due) is { } d && DateOnly.TryParse(d, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        bool? done = Cell(_status) is { } st ? st.Contains("done", StringComparison.OrdinalIgnoreCase) || st.Contains("closed", StringComparison.OrdinalIgnoreCase) || st.Contains("complete", StringComparison.OrdinalIgnoreCase) : null;
        return new ActionItem(text, Cell(_owner), due, Cell(_type)?.ToLowerInvariant(), Cell(_ticket), done, span);
    }

    private static string[] Cells(string rawLine)
    {
        var t = rawLine.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|')) t = t[..^1];
        return t.Split('|');
    }
}
