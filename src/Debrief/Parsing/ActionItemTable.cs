// Reads action items written as a table: each column's field found from its header (words as data), every cell kept.
using System.Globalization;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>The columns of an action-item table, found from its header row by <see cref="ActionItemColumns"/>.</summary>
internal sealed class ActionItemTable
{
    private readonly string[] _headers;
    private readonly ActionItemField?[] _fields;
    private readonly int _text;
    private readonly ActionItemColumns _columns;

    private ActionItemTable(string[] headers, ActionItemColumns columns)
    {
        _headers = headers.Select(h => MarkupStripper.Plain(h)).ToArray();
        _columns = columns;
        _fields = new ActionItemField?[headers.Length];
        // Each field is read from the first column that names it.
        var taken = new HashSet<ActionItemField>();
        for (var i = 0; i < headers.Length; i++)
            if (columns.FieldOf(headers[i]) is { } field && taken.Add(field)) _fields[i] = field;
        // Without a header naming it, the text is the first column that holds nothing else (else the first column).
        _text = Array.IndexOf(_fields, ActionItemField.Text);
        if (_text < 0) _text = Math.Max(0, Array.FindIndex(_fields, f => f is null));
    }

    /// <summary>True when the header names any field besides the text (owner, due, type, ticket, status, priority).</summary>
    private bool IsActionItemTable => _fields.Any(f => f is not null and not ActionItemField.Text);

    /// <summary>The table whose header row this is, or null when no column names an action-item field.</summary>
    public static ActionItemTable? FromHeader(string rawLine, ActionItemColumns columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var table = new ActionItemTable(TableCells.Of(rawLine), columns);
        return table.IsActionItemTable ? table : null;
    }

    /// <summary>True when a row (read as plain text) is a header row of an action-item table, e.g. one repeated mid-table.</summary>
    public static bool IsHeaderRow(string rawLine, ActionItemColumns columns)
    {
        var cells = TableCells.Of(rawLine);
        return cells.Length > 1 && cells.All(c => c.Trim().Length == 0 || columns.FieldOf(c) is not null)
            && cells.Any(c => columns.FieldOf(c) is not null and not ActionItemField.Text);
    }

    /// <summary>The action item of a data row, or null for separator and empty rows.</summary>
    public ActionItem? Row(string rawLine, SourceSpan span)
    {
        var cells = TableCells.Of(rawLine);
        string? At(int i) => i >= 0 && i < cells.Length && Value(cells[i]) is { } v ? v : null;
        string? Cell(ActionItemField field) => At(Array.IndexOf(_fields, field));
        var text = At(_text);
        if (text is null || text.Trim('-', ':', ' ').Length == 0) return null;
        var fields = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < cells.Length && i < _headers.Length; i++)
            if (Value(cells[i]) is { } v) fields.Add(new(_headers[i].Length > 0 ? _headers[i] : $"column {i + 1}", v));
        var dueText = Cell(ActionItemField.Due);
        var status = Cell(ActionItemField.Status);
        return new ActionItem(text, Cell(ActionItemField.Owner), ParseDue(dueText), Cell(ActionItemField.Type)?.ToLowerInvariant(),
            Cell(ActionItemField.Ticket), status is null ? null : _columns.MeansDone(status), span)
        {
            Priority = Cell(ActionItemField.Priority),
            Status = status,
            DueText = dueText,
            Fields = fields,
        };
    }

    /// <summary>A due date as written: ISO "2024-05-01", an invariant-culture date, or a written date with its year.</summary>
    internal static DateOnly? ParseDue(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        if (DateOnly.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return parsed;
        return CalendarDates.FindAll(t).Select(d => d.Date).FirstOrDefault(d => d is { IsRelative: false, Year: not null })?.ToDateOnly(0);
    }

    // An empty cell, or one that only says there is nothing ("-", "—", "?", "n/a"), holds no value.
    private static string? Value(string cell)
    {
        var v = MarkupStripper.Plain(cell);
        return v.Length == 0 || v is "-" or "—" or "–" or "?" or "n/a" or "N/A" ? null : v;
    }
}

/// <summary>The cells of a pipe-table row.</summary>
internal static class TableCells
{
    /// <summary>The cells between the pipes; an escaped pipe ("\|") stays inside its cell.</summary>
    public static string[] Of(string rawLine)
    {
        ArgumentNullException.ThrowIfNull(rawLine);
        var t = rawLine.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal)) t = t[..^1];
        return t.Replace("\\|", "\u0001", StringComparison.Ordinal).Split('|').Select(c => c.Replace('\u0001', '|')).ToArray();
    }
}
