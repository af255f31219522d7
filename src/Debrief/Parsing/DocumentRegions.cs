// Where the parts of a postmortem are: the line ranges of the summary, timeline, root cause and measures.
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>A run of lines, 1-based and inclusive.</summary>
public readonly record struct LineRange(int First, int Last)
{
    /// <summary>True when <paramref name="line"/> is inside.</summary>
    public bool Contains(int line) => line >= First && line <= Last;
}

/// <summary>Finds the line ranges that hold each part of a postmortem.</summary>
public static class DocumentRegions
{
    /// <summary>The ranges of the sections of the given kinds (each with its sub-sections), in order.</summary>
    public static IReadOnlyList<LineRange> Of(IReadOnlyList<Section> sections, params SectionKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var ranges = new List<LineRange>();
        foreach (var s in sections.Where(s => kinds.Contains(s.Kind)))
        {
            if (ranges.Any(r => r.Contains(s.HeadingLine))) continue;
            ranges.Add(new LineRange(s.HeadingLine, s.LastLine));
        }
        return ranges;
    }

    /// <summary>
    /// The summary: the Summary sections; without one, the opening text before the first recognised section
    /// (where most writers put the summary without a heading).
    /// </summary>
    public static IReadOnlyList<LineRange> Summary(IReadOnlyList<Section> sections, IReadOnlyList<DocumentLine> lines)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(lines);
        var lineCount = lines.Count;
        var ranges = Of(sections, SectionKind.Summary);
        if (ranges.Count > 0)
        {
            var withFacts = ranges.Select(r => WithHeaderFacts(sections, r)).ToList();
            // A lede between the title and the Summary ("On October 3 ... The issue lasted 5 hours") is summary too.
            var lede = Lede(sections, lines, withFacts[0].First);
            return lede is { } l ? [.. withFacts, l] : withFacts;
        }
        var title = sections.FirstOrDefault(s => s.Kind == SectionKind.Title);
        var first = title is null ? 1 : title.HeadingLine + 1;
        var last = lineCount;
        var prose = false;
        var next = first;
        foreach (var s in sections.Where(s => s.HeadingLine >= first))
        {
            prose |= HasProse(lines, next, s.HeadingLine - 1);
            next = s.HeadingLine + 1;
            if (s.Kind is SectionKind.Impact or SectionKind.Duration or SectionKind.RootCause or SectionKind.Trigger) continue;
            // A real heading over the opening text ("# An Outage Experience I Had") is part of it; one after it
            // ("## Debugging Process") ends it, as does any recognised part (Timeline, Root cause and resolution).
            if (s.Kind == SectionKind.Other && !(prose && s.Level <= 6)) continue;
            last = s.HeadingLine - 1;
            break;
        }
        return last >= first ? [new LineRange(first, last)] : [];
    }

    /// <summary>
    /// A summary followed at once by its own fact sections ("## Summary", "## Impact", "## Root Causes", "## Trigger",
    /// the header of the Google SRE template) reaches over them: those sections are the rest of the summary.
    /// </summary>
    private static LineRange WithHeaderFacts(IReadOnlyList<Section> sections, LineRange range)
    {
        var summary = sections.First(s => s.HeadingLine == range.First);
        var last = range.Last;
        foreach (var s in sections.Where(s => s.HeadingLine > range.Last).OrderBy(s => s.HeadingLine))
        {
            if (s.Level < summary.Level || s.Kind is not (SectionKind.Impact or SectionKind.Duration or SectionKind.RootCause or SectionKind.Trigger))
                break;
            last = Math.Max(last, s.LastLine);
        }
        return new LineRange(range.First, last);
    }

    /// <summary>The prose paragraphs right under the title when the next heading is the summary's own.</summary>
    private static LineRange? Lede(IReadOnlyList<Section> sections, IReadOnlyList<DocumentLine> lines, int summaryLine)
    {
        var title = sections.FirstOrDefault(s => s.Kind == SectionKind.Title);
        if (title is null || title.HeadingLine >= summaryLine) return null;
        var next = sections.Where(s => s.HeadingLine > title.HeadingLine).Min(s => (int?)s.HeadingLine);
        if (next != summaryLine) return null;
        var first = title.HeadingLine + 1;
        var last = summaryLine - 1;
        return last >= first && HasProse(lines, first, last) ? new LineRange(first, last) : null;
    }

    private static bool HasProse(IReadOnlyList<DocumentLine> lines, int first, int last)
    {
        for (var n = Math.Max(1, first); n <= last && n <= lines.Count; n++)
            if (lines[n - 1].IsProse) return true;
        return false;
    }

    /// <summary>The lines of <paramref name="lines"/> inside any of the ranges.</summary>
    public static IEnumerable<DocumentLine> LinesIn(IReadOnlyList<DocumentLine> lines, IEnumerable<LineRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var r in ranges)
            for (var n = r.First; n <= r.Last && n <= lines.Count; n++)
                yield return lines[n - 1];
    }
}
