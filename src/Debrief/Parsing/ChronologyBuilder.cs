// Derives the incident's facts from the placed times: the window (stated, start + duration, or from the timeline),
// detection, mitigation, duration, the timelines and the entries out of order.
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Builds the <see cref="Chronology"/> from times already placed (by <see cref="TimePlacement"/>, or in code).</summary>
internal static class ChronologyBuilder
{
    /// <summary>The chronology of a model whose times are already placed (a document built in code): the axis offset is
    /// the common one when every time has one.</summary>
    public static Chronology Build(Postmortem postmortem)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        var times = new[] { postmortem.Summary.Start?.Value, postmortem.Summary.End?.Value }.OfType<PlacedTime>()
            .Concat(postmortem.Timeline.Select(e => e.Placed)).ToList();
        var offset = times.Count > 0 && times.All(t => t.Offset is not null) ? times[0].Offset : null;
        var detected = postmortem.FrontMatter?.Detected is { } d ? PlacedTime.Dated(d, d.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture), SourceSpan.None) : null;
        return Build(postmortem.Summary.Start?.Value, postmortem.Summary.End?.Value, detected, postmortem.Summary.Duration, postmortem.Timeline, offset);
    }

    /// <summary>The chronology of placed times.</summary>
    public static Chronology Build(PlacedTime? start, PlacedTime? end, PlacedTime? frontMatterDetected, Fact<TimeSpan>? statedDuration,
        IReadOnlyList<TimelineEntry> timeline, TimeSpan? axisOffset)
    {
        var groups = timeline.Where(e => e.Group is not null).GroupBy(e => e.Group!.Value).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<TimelineEntry>)g.ToList()).ToList();
        var outOfOrder = new List<(TimelineEntry, TimelineEntry)>();
        foreach (var group in groups)
            for (var i = 1; i < group.Count; i++)
                if (group[i].Placed.At < group[i - 1].Placed.At)
                    outOfOrder.Add((group[i], group[i - 1]));
        var main = groups.Count > 0 ? groups[0] : [];

        // The stated window; an end not stated is the start plus the stated duration.
        var endSource = WindowSource.Stated;
        var duration = statedDuration is { } sd && sd.Value > TimeSpan.Zero ? sd.Value : (TimeSpan?)null;
        if (start is not null && end is null && duration is { } dur)
        {
            end = Later(start, dur, Clock(start.At + dur) + " (start + duration)", statedDuration!.Span);
            endSource = WindowSource.StartPlusDuration;
        }

        // The window shown to readers: what is stated, else what the timeline says.
        var sorted = main.OrderBy(e => e.Placed.At).ThenBy(e => e.Span.Start).ToList();
        var windowStart = start;
        var windowEnd = end;
        if (windowStart is null && sorted.Count > 0)
            windowStart = (sorted.FirstOrDefault(e => e.Kind is TimelineEntryKind.Detection or TimelineEntryKind.Trigger) ?? sorted[0]).Placed;
        if (windowEnd is null && sorted.Count > 0)
        {
            // A stated duration is better evidence of the end than the last entry (postmortems often log the aftermath).
            windowEnd = windowStart is not null && duration is { } d
                ? Later(windowStart, d, Clock(windowStart.At + d) + " (start + duration)", statedDuration!.Span)
                : (sorted.LastOrDefault(e => e.Kind == TimelineEntryKind.Resolution) ?? sorted[^1]).Placed;
        }
        var fromTimeline = (start is null && windowStart is not null) || (end is null && windowEnd is not null);
        // A shown window that runs backwards: keep the start (the linter reports the contradiction).
        if (windowStart is not null && windowEnd is not null && windowEnd.At < windowStart.At)
            windowEnd = null;

        var detected = frontMatterDetected ?? main.FirstOrDefault(e => e.Kind == TimelineEntryKind.Detection)?.Placed;
        bool InResponse(TimelineEntry e) =>
            (detected is null || e.Placed.At >= detected.At) && (windowStart is null || e.Placed.At > windowStart.At)
            && (windowEnd is null || e.Placed.At < windowEnd.At);
        // Mitigated: the first mitigation; failing that, the first resolution entry before the end (a partial recovery).
        var mitigated = (sorted.FirstOrDefault(e => e.Kind == TimelineEntryKind.Mitigation && InResponse(e))
                         ?? sorted.FirstOrDefault(e => e.Kind == TimelineEntryKind.Resolution && InResponse(e)))?.Placed;

        TimeSpan? length = null;
        var lengthStated = false;
        if (start is not null && end is not null && endSource == WindowSource.Stated && end.At >= start.At)
            length = end.At - start.At;
        else if (statedDuration is { } s)
        {
            length = s.Value;
            lengthStated = true;
        }
        else if (windowStart is not null && windowEnd is not null)
            length = windowEnd.At - windowStart.At;

        var all = new[] { start, end, windowStart, windowEnd, detected }.OfType<PlacedTime>().Concat(timeline.Select(e => e.Placed)).ToList();
        var origin = all.Count > 0 ? all.Min(t => t.At).Date : TimePlacement.PlaceholderDay;
        var reference = windowStart ?? (main.Count > 0 ? main[0].Placed : timeline.FirstOrDefault()?.Placed);
        var dates = reference?.Date is not { } rd ? AxisDates.None : rd.Year is null ? AxisDates.MonthDay : AxisDates.Full;

        return new Chronology
        {
            Offset = axisOffset,
            Origin = origin,
            Dates = dates,
            Start = start,
            End = end,
            EndSource = endSource,
            WindowStart = windowStart,
            WindowEnd = windowEnd,
            WindowFromTimeline = fromTimeline,
            Detected = detected,
            Mitigated = mitigated,
            Duration = length,
            DurationStated = lengthStated,
            Groups = groups,
            OutOfOrder = outOfOrder,
        };
    }

    private static string Clock(DateTime at) => at.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A time some span after another, with the same date knowledge and zone.</summary>
    private static PlacedTime Later(PlacedTime from, TimeSpan by, string text, SourceSpan span)
    {
        var at = from.At + by;
        PlacedDate? date = null;
        if (from.Date is { } d)
        {
            var wall = new DateTime(d.Year ?? TimePlacement.PlaceholderYear, d.Month, d.Day) + from.LocalTime.ToTimeSpan() + by;
            date = new PlacedDate(d.Year is null ? null : wall.Year, wall.Month, wall.Day);
        }
        return new PlacedTime(TimeOnly.FromDateTime(TimePlacement.PlaceholderDay + from.LocalTime.ToTimeSpan() + by),
            date, from.DateSource, from.Offset, at, text, span);
    }
}
