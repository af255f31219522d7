// Reads corrective and preventive measures: broad improvements and specific tasks (with owner, due, type, ticket).
using System.Globalization;
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Extracts improvements and action items from the measures sections.</summary>
internal static partial class MeasuresExtractor
{
    public static (List<Improvement> Improvements, List<ActionItem> Tasks) Extract(SourceText source, IReadOnlyList<DocumentLine> lines, IReadOnlyList<Section> sections)
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
                    table = ActionItemTable.FromHeader(raw);
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
            var isTaskLike = task.Success || underTasks || StartsWithTaskVerb(text) || Metadata().IsMatch(text);
            if (line.Kind == LineKind.Table && TableHeader().IsMatch(text)) continue;
            if (isItem && isTaskLike || !isItem && StartsWithTaskVerb(text) && WordCounter.Count(text) <= 30)
                tasks.Add(ToActionItem(text, task, span));
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

    private static ActionItem ToActionItem(string text, Match task, SourceSpan span)
    {
        string? owner = null, type = null, ticket = null;
        DateOnly? due = null;
        var meta = Metadata().Match(text);
        if (meta.Success)
        {
            foreach (var part in meta.Groups["body"].Value.Split(',', ';'))
            {
                var kv = part.Split(':', 2);
                if (kv.Length != 2) continue;
                var value = kv[1].Trim();
                switch (kv[0].Trim().ToLowerInvariant())
                {
                    case "owner": owner = value; break;
                    case "type": type = value.ToLowerInvariant(); break;
                    case "ticket": ticket = value; break;
                    case "due":
                        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) due = d;
                        break;
                }
            }
            text = (text[..meta.Index] + text[(meta.Index + meta.Length)..]).Trim();
        }
        bool? done = task.Success ? task.Groups["x"].Value.Trim().Length > 0 : null;
        return new ActionItem(text, owner, due, type, ticket, done, span);
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|[0-9]+[.)])\s+\[(?<x>[ xX])\]")] private static partial Regex TaskBox();
    [GeneratedRegex(@"^[-–•](?=[A-Za-z])")] private static partial Regex TightDash();
    [GeneratedRegex(@"^[A-Za-z]+")] private static partial Regex FirstWord();
    [GeneratedRegex(@"\((?<body>(?:owner|due|type|ticket)\s*:[^)]*)\)", RegexOptions.IgnoreCase)] private static partial Regex Metadata();
    [GeneratedRegex(@"^(?:[A-Z][\w /&-]{0,40}:\s+)")] private static partial Regex LeadingLabel();
    [GeneratedRegex(@"^\s*(?:action\s+)?item\b.*\b(?:owner|type|ticket)\b", RegexOptions.IgnoreCase)] private static partial Regex TableHeader();
}
