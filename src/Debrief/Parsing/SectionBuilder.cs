// Turns detected headings into sections with extents: nested by level, and keeping same-level "field"
// headings (Duration:, Tasks:) inside the section they belong to.
using System.Text;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Builds <see cref="Section"/>s from headings.</summary>
internal static class SectionBuilder
{
    /// <summary>Which kinds may appear as fields (same-level headings) inside a section of a kind.</summary>
    private static readonly Dictionary<SectionKind, SectionKind[]> Fields = new()
    {
        [SectionKind.Summary] = [SectionKind.Impact, SectionKind.Duration, SectionKind.RootCause, SectionKind.Trigger, SectionKind.Detection, SectionKind.Resolution, SectionKind.Other],
        [SectionKind.Timeline] = [SectionKind.Detection, SectionKind.Actions, SectionKind.Escalation, SectionKind.Resolution, SectionKind.Other],
        [SectionKind.RootCauseAndResolution] = [SectionKind.RootCause, SectionKind.Resolution, SectionKind.Trigger, SectionKind.Other],
        [SectionKind.RootCause] = [SectionKind.Trigger, SectionKind.Other],
        [SectionKind.Measures] = [SectionKind.Measures, SectionKind.ActionItems, SectionKind.Other],
        [SectionKind.Impact] = [SectionKind.Duration, SectionKind.Other],
        [SectionKind.Duration] = [SectionKind.Other],
        [SectionKind.Resolution] = [SectionKind.Other],
        [SectionKind.ActionItems] = [SectionKind.Other],
        [SectionKind.LessonsLearned] = [SectionKind.Other],
        [SectionKind.Detection] = [SectionKind.Other],
    };

    /// <summary>The kinds that open a top-level part of a postmortem.</summary>
    private static readonly HashSet<SectionKind> Major =
    [
        SectionKind.Summary, SectionKind.Timeline, SectionKind.RootCause, SectionKind.RootCauseAndResolution,
        SectionKind.Measures, SectionKind.ActionItems, SectionKind.LessonsLearned, SectionKind.Resolution,
    ];

    public static IReadOnlyList<Section> Build(SourceText source, IReadOnlyList<DocumentLine> lines, List<HeadingCandidate> headings)
    {
        var kinds = headings.Select(h => h.Match.Kind).ToArray();
        // The title: the first heading, before any recognised section, when it is not itself a section name.
        // The title: the first heading when it is not itself a section name ("# Timeline"), or a level-1 heading
        // that only mentions one ("# Postmortem: Timeline of a bad day").
        if (headings.Count > 0 && (kinds[0] == SectionKind.Other || headings[0].Level == 1 && headings[0].Match.ExtraWords > 0))
            kinds[0] = SectionKind.Title;

        var sections = new List<Section>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            var last = source.LineCount;
            for (var j = i + 1; j < headings.Count; j++)
            {
                if (EndsRegion(h, kinds[i], headings[j], kinds[j]))
                {
                    last = headings[j].Line - 1;
                    break;
                }
            }
            if (kinds[i] == SectionKind.Title)
                last = i + 1 < headings.Count ? headings[i + 1].Line - 1 : source.LineCount;
            while (last > h.Line && lines[last - 1].Kind == LineKind.Blank) last--;
            var body = new StringBuilder();
            for (var n = h.Line + 1; n <= last; n++)
            {
                var line = lines[n - 1];
                if (!line.IsProse) continue;
                if (body.Length > 0) body.Append('\n');
                body.Append(line.Text);
            }
            sections.Add(new Section(kinds[i], h.Text, h.Level, source.Lines(h.Line, h.Line), source.Lines(h.Line, last), body.ToString())
            {
                Style = h.Style,
                LastLine = last,
            });
        }
        return sections;
    }

    private static bool EndsRegion(HeadingCandidate parent, SectionKind parentKind, HeadingCandidate next, SectionKind nextKind)
    {
        if (next.Level < parent.Level) return true;
        var isField = Fields.TryGetValue(parentKind, out var fields) && fields.Contains(nextKind);
        if (next.Level == parent.Level)
            return !(isField && (next.IsFieldLike || nextKind != SectionKind.Other && parentKind != SectionKind.Other && next.Style is HeadingStyle.BoldParagraph or HeadingStyle.PlainLine));
        // Deeper headings stay inside, unless a deeper heading opens another major part (a bold "Timeline" under "## Summary").
        return parentKind != SectionKind.Other && parentKind != SectionKind.Title && Major.Contains(nextKind) && !isField;
    }
}
