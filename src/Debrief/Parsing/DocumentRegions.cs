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
    public static IReadOnlyList<LineRange> Summary(IReadOnlyList<Section> sections, int lineCount)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var ranges = Of(sections, SectionKind.Summary);
        if (ranges.Count > 0) return ranges;
        var title = sections.FirstOrDefault(s => s.Kind == SectionKind.Title);
        var first = title is null ? 1 : title.HeadingLine + 1;
        var next = sections.FirstOrDefault(s => s.HeadingLine >= first && s.Kind is not (SectionKind.Other or SectionKind.Title
            or SectionKind.Impact or SectionKind.Duration or SectionKind.RootCause));
        var last = next is null ? lineCount : next.HeadingLine - 1;
        return last >= first ? [new LineRange(first, last)] : [];
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
