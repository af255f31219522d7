// Reads corrective and preventive measures: broad improvements and specific tasks (owner, due, type, ticket... from
// table columns or inline "(owner: ...)" metadata, both named by ActionItemColumns).
using System.Globalization;
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Extracts improvements and action items from the measures sections.</summary>
internal static partial class MeasuresExtractor
{
    public static (List<Improvement> Improvements, List<ActionItem> Tasks) Extract(SourceText source, IReadOnlyList<DocumentLine> lines, IReadOnlyList<Section> sections,
        ActionItemColumns columns)
    {
        var improvements = new List<Improvement>();
        var tasks = new List<ActionItem>();
        var ranges = DocumentRegions.Of(sections, SectionKind.Measures, SectionKind.ActionItems);
        var taskRanges = DocumentRegions.Of(sections, SectionKind.ActionItems);
        var headings = sections.Select(s => s.HeadingLine).ToHashSet();
        ActionItemTable? table = null;
        var previousKind = LineKind.Blank;
        foreach (var line in DocumentRegions.LinesIn(lines, ranges))
        {
            var wasTable = previousKind == LineKind.Table;
            previousKind = line.Kind;
            if (!line.IsProse || headings.Contains(line.Number)) continue;
            var raw = source.Line(line.Number);
            var span = source.Lines(line.Number, line.Number);
            if (line.Kind == LineKind.Table)
            {
                if (!wasTable)
                {
                    table = ActionItemTable.FromHeader(raw, columns);
                    if (table is not null) continue;
                }
                if (table?.Row(raw, span) is { } row)
                {
                    tasks.Add(row);
                    continue;
                }
            }
            var text = MarkupStripper.WithoutListMarker(line.Text).Trim();
            var dashed = TightDash().Match(text);
            if (dashed.Success) text = text[dashed.Length..].Trim(); // "-Implement ..." pasted without the space
            if (text.Length == 0) continue;
            var task = TaskBox().Match(raw);
            var isItem = line.StartsListItem || line.Kind == LineKind.Table || task.Success || dashed.Success;
            // Under a "Tasks" / "Action items" heading every item is a task; elsewhere it must read like one.
            var underTasks = taskRanges.Any(r => r.Contains(line.Number));
            var meta = FindMetadata(text, columns);
            var isTaskLike = task.Success || underTasks || StartsWithTaskVerb(text) || meta is not null;
            if (line.Kind == LineKind.Table && ActionItemTable.IsHeaderRow(raw, columns)) continue;
            if (isItem && isTaskLike || !isItem && StartsWithTaskVerb(text) && WordCounter.Count(text) <= 30)
                tasks.Add(ToActionItem(text, meta, task, span, columns));
            else
                improvements.Add(new Improvement(text, span));
        }
        return (improvements, tasks);
    }

    /// <summary>True when the text opens with a task verb ("Patch", "Add monitoring", "Set up").</summary>
    internal static bool StartsWithTaskVerb(string text)
    {
        var t = LeadingLabel().Replace(text, "").TrimStart();
        if (Vocabularies.TaskVerbs.Match(t) is { Success: true, Index: 0 }) return true;
        // "Patching the load balancer", "Adding monitoring", "Configuring alerts": the verb as a gerund.
        var first = FirstWord().Match(t);
        if (!first.Success) return false;
        var w = first.Value.ToLowerInvariant();
        if (!w.EndsWith("ing", StringComparison.Ordinal) || w.Length < 6) return false;
        var stem = w[..^3];
        string[] candidates = [stem, stem + "e", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : stem];
        return candidates.Any(c => Vocabularies.TaskVerbs.FirstMatch(c) is { } v && v.Length == c.Length);
    }

    /// <summary>The inline metadata of an item, "(owner: @dana, due: 2024-07-01)": a parenthesis whose keys all name
    /// action-item fields; null when there is none.</summary>
    private static Match? FindMetadata(string text, ActionItemColumns columns)
    {
        foreach (Match m in Metadata().Matches(text))
        {
            var keys = m.Groups["body"].Value.Split(',', ';').Select(p => p.Split(':', 2)).Where(kv => kv.Length == 2).Select(kv => kv[0]).ToList();
            if (keys.Count > 0 && keys.All(k => columns.FieldOf(k) is not null and not ActionItemField.Text)) return m;
        }
        return null;
    }

    private static ActionItem ToActionItem(string text, Match? meta, Match task, SourceSpan span, ActionItemColumns columns)
    {
        string? owner = null, type = null, ticket = null, priority = null, status = null, dueText = null;
        var fields = new List<KeyValuePair<string, string>>();
        if (meta is not null)
        {
            foreach (var part in meta.Groups["body"].Value.Split(',', ';'))
            {
                var kv = part.Split(':', 2);
                if (kv.Length != 2) continue;
                var value = kv[1].Trim();
                if (value.Length == 0) continue;
                fields.Add(new(kv[0].Trim(), value));
                switch (columns.FieldOf(kv[0]))
                {
                    case ActionItemField.Owner: owner ??= value; break;
                    case ActionItemField.Type: type ??= value.ToLowerInvariant(); break;
                    case ActionItemField.Ticket: ticket ??= value; break;
                    case ActionItemField.Due: dueText ??= value; break;
                    case ActionItemField.Priority: priority ??= value; break;
                    case ActionItemField.Status: status ??= value; break;
                }
            }
            text = (text[..meta.Index] + text[(meta.Index + meta.Length)..]).Trim();
        }
        bool? done = task.Success ? task.Groups["x"].Value.Trim().Length > 0 : status is null ? null : columns.MeansDone(status);
        return new ActionItem(text, owner, ActionItemTable.ParseDue(dueText), type, ticket, done, span)
        {
            Priority = priority,
            Status = status,
            DueText = dueText,
            Fields = fields,
        };
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|[0-9]+[.)])\s+\[(?<x>[ xX])\]")] private static partial Regex TaskBox();
    [GeneratedRegex(@"^[-–•](?=[A-Za-z])")] private static partial Regex TightDash();
    [GeneratedRegex(@"^[A-Za-z]+")] private static partial Regex FirstWord();
    [GeneratedRegex(@"\((?<body>[A-Za-z][\w /-]{0,30}:[^)]*)\)")] private static partial Regex Metadata();
    [GeneratedRegex(@"^(?:[A-Z][\w /&-]{0,40}:\s+)")] private static partial Regex LeadingLabel();
}
