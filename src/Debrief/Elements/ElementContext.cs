// What detectors look at: the parsed postmortem and the line ranges of its parts, computed once.
using Debrief.Model;
using Debrief.Parsing;

namespace Debrief.Elements;

/// <summary>The parsed document plus the regions detectors search.</summary>
public sealed partial class ElementContext
{
    /// <summary>Prepares the regions of <paramref name="postmortem"/>.</summary>
    public ElementContext(Postmortem postmortem)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        Postmortem = postmortem;
        var lines = postmortem.Lines;
        SummaryRanges = DocumentRegions.Summary(postmortem.Sections, lines);
        TimelineRanges = DocumentRegions.Of(postmortem.Sections, SectionKind.Timeline);
        if (TimelineRanges.Count == 0 && postmortem.Timeline.Count > 0)
            TimelineRanges = [new LineRange(postmortem.Timeline[0].Span.Line, postmortem.Timeline[^1].Span.Line)];
        SummaryLines = Prose(SummaryRanges);
        TimelineLines = Prose(TimelineRanges);
        if (TimelineRanges.Count == 0)
        {
            // No timeline: the story may still be told in a narrative section ("Debugging Process", "Detection:",
            // "Actions Taken:"); the timeline's elements can be found there.
            NarrativeRanges = DocumentRegions.Of(postmortem.Sections, SectionKind.Other, SectionKind.Detection, SectionKind.Actions, SectionKind.Escalation)
                .Where(r => postmortem.Sections.First(s => s.HeadingLine == r.First).Level <= 6 || postmortem.Sections.First(s => s.HeadingLine == r.First).Kind != SectionKind.Other)
                .ToList();
            TimelineLines = Prose(NarrativeRanges);
        }
    }

    /// <summary>The document.</summary>
    public Postmortem Postmortem { get; }

    /// <summary>Where the summary is (its sections, or the opening text).</summary>
    public IReadOnlyList<LineRange> SummaryRanges { get; }

    /// <summary>Where the timeline is.</summary>
    public IReadOnlyList<LineRange> TimelineRanges { get; }

    /// <summary>Without a timeline, the narrative sections that tell the story instead.</summary>
    public IReadOnlyList<LineRange> NarrativeRanges { get; } = [];

    /// <summary>The prose lines of the summary, headings excluded.</summary>
    public IReadOnlyList<DocumentLine> SummaryLines { get; }

    /// <summary>The prose lines of the timeline (or, without one, of the narrative sections), headings excluded.</summary>
    public IReadOnlyList<DocumentLine> TimelineLines { get; }

    /// <summary>The prose lines (headings excluded) of the sections of the given kinds.</summary>
    public IReadOnlyList<DocumentLine> LinesOf(params SectionKind[] kinds) => Prose(DocumentRegions.Of(Postmortem.Sections, kinds));

    /// <summary>The first section of any of the kinds.</summary>
    public Section? FirstSection(params SectionKind[] kinds) => Postmortem.Sections.FirstOrDefault(s => kinds.Contains(s.Kind));

    private IReadOnlyList<DocumentLine> Prose(IEnumerable<LineRange> ranges)
    {
        var headings = Postmortem.Sections.Select(s => s.HeadingLine).ToHashSet();
        return DocumentRegions.LinesIn(Postmortem.Lines, ranges)
            .Where(l => l.IsProse && !headings.Contains(l.Number) && !IsPlaceholder(l.Text)).ToList();
    }

    /// <summary>Template text not filled in yet: a line that starts with "TODO" or "TBD" (after a time or a label).</summary>
    public static bool IsPlaceholder(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Placeholder().IsMatch(text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:[0-9]{1,2}[:h.][0-9]{2}(?:\s*[ap]\.?m\.?)?[^\w]*)?(?:[\w ]{0,30}:\s*)?(?:TODO|TBD)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
