// Detectors for the timeline: the section and what its entries must say (detection time and method, actions,
// misleading paths, escalation, resolution), using the vocabulary word lists.
using Debrief.Model;
using Debrief.Parsing;
using static Debrief.Model.ElementKeys;

namespace Debrief.Elements.Detectors;

/// <summary>Timeline elements.</summary>
internal static class TimelineDetectors
{
    public static IReadOnlyList<IElementDetector> All { get; } =
    [
        new Detector(Timeline, TimelineSection),
        new Detector(TimelineDetectedAt, DetectedAt),
        new Detector(TimelineDetectionMethod, c => Words(c, TimelineDetectionMethod, Vocabularies.Detection, "no entry says how the issue was detected (alert, monitoring, a customer report)")),
        new Detector(TimelineActions, Actions),
        new Detector(TimelineMisleadingPaths, c => Words(c, TimelineMisleadingPaths, Vocabularies.MisleadingPath, "no entry describes a misleading path (an assumption, a wrong lead)")),
        new Detector(TimelineEscalation, c => Words(c, TimelineEscalation, Vocabularies.Escalation, "no entry says to whom the incident was escalated")),
        new Detector(TimelineResolution, c => Words(c, TimelineResolution, Vocabularies.Resolution, "no entry says how the incident was resolved")),
    ];

    /// <summary>Fewest timed entries that make a timeline.</summary>
    public const int MinEntries = 3;

    private static ElementResult TimelineSection(ElementContext c)
    {
        var section = c.FirstSection(SectionKind.Timeline);
        var entries = c.Postmortem.Timeline;
        // A timeline is a sequence of timed entries; a heading over untimed notes or only start/end is not one.
        if (entries.Count >= MinEntries)
        {
            var text = $"{entries.Count} timed entries, {entries[0].TimeText} to {entries[^1].TimeText}";
            return section is not null
                ? Evidence.Found(Timeline, section.HeadingLine, $"{section.Heading}: {text}")
                : Evidence.Found(Timeline, entries[0].Span.Line, text);
        }
        return Evidence.Missing(Timeline, section is null
            ? "no timeline section and no run of timed entries"
            : $"the timeline has {entries.Count} timed entries; a timeline needs at least {MinEntries}");
    }

    private static ElementResult DetectedAt(ElementContext c)
    {
        var entries = c.Postmortem.Timeline;
        var detection = entries.FirstOrDefault(e => e.Kind == TimelineEntryKind.Detection)
                        ?? entries.FirstOrDefault(e => Vocabularies.Detection.IsMatch(e.Text));
        if (detection is not null)
            return Evidence.Found(TimelineDetectedAt, detection.Span.Line, $"{detection.TimeText} - {detection.Text}");
        // Told in prose: "the issue was discovered ... at roughly 19:20 PST".
        var told = c.TimelineLines.FirstOrDefault(l => Vocabularies.Detection.IsMatch(l.Text) && TimeExpressions.FindFirst(l.Text) is not null);
        if (told is not null) return Evidence.Found(TimelineDetectedAt, told, c.Postmortem, Vocabularies.Detection);
        return Evidence.Missing(TimelineDetectedAt, "no timed entry says when the issue was detected");
    }

    private static ElementResult Actions(ElementContext c)
    {
        var result = Words(c, TimelineActions, Vocabularies.Action, "no entry describes actions taken");
        if (result.Found) return result;
        // A timeline of several entries records what was done even in words the list does not know.
        var entries = c.Postmortem.Timeline;
        if (entries.Count >= MinEntries && entries.Skip(1).FirstOrDefault(e => !ElementContext.IsPlaceholder(e.Text) && e.Text.Length > 0) is { } entry)
            return Evidence.Found(TimelineActions, entry.Span.Line, $"{entry.TimeText} - {entry.Text}");
        return result;
    }

    private static ElementResult Words(ElementContext c, string key, PhraseMatcher words, string why)
    {
        foreach (var line in c.TimelineLines)
        {
            if (words.IsMatch(line.Text)) return Evidence.Found(key, line, c.Postmortem, words);
        }
        return Evidence.Missing(key, why);
    }
}
