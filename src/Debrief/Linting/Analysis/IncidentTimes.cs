// What the time rules ask of the document's chronology (entries outside the window, dates a day apart) and how
// times and spans are written in their messages. Placing the times is the parser's job (Parsing/TimePlacement).
using System.Globalization;
using Debrief.Model;

namespace Debrief.Linting.Analysis;

/// <summary>Questions the time rules ask of <see cref="Chronology"/>.</summary>
public static class IncidentTimes
{
    /// <summary>The entries of the main timeline outside the stated window (beyond the slack; triggers before the start
    /// excluded) when none at all lies inside it and at least two lie outside; otherwise empty.</summary>
    public static IReadOnlyList<TimelineEntry> OutsideWindow(Chronology times, TimeSpan minimumSlack)
    {
        ArgumentNullException.ThrowIfNull(times);
        var entries = times.Main;
        var start = times.Start;
        var end = times.End;
        if (entries.Count < 2 || (start is null && end is null) || (start is { } s0 && end is { } e0 && e0.At < s0.At))
            return [];
        TimeSpan? length = start is not null && end is not null ? end.At - start.At : null;
        var slack = length is { } d && d / 2 > minimumSlack ? d / 2 : minimumSlack;
        var outside = entries.Where(p =>
            (start is not null && p.Placed.At < start.At - slack && p.Kind != TimelineEntryKind.Trigger)
            || (end is not null && p.Placed.At > end.At + slack)).ToList();
        // Lead-up and follow-up entries are normal; a timeline with no entry at all inside the window is not.
        var inside = entries.Count(p => (start is null || p.Placed.At >= start.At - slack) && (end is null || p.Placed.At <= end.At + slack));
        return outside.Count < 2 || inside > 0 ? [] : outside;
    }

    /// <summary>True when the window's written date and a dated entry of the main timeline are more than a day apart
    /// (the dates rule's case).</summary>
    public static bool DatesDisagree(Chronology times)
    {
        ArgumentNullException.ThrowIfNull(times);
        return times.Start is { DateSource: DateSource.Written } start
               && times.Main.Any(e => e.Placed.DateSource == DateSource.Written && Math.Abs((e.Placed.At.Date - start.At.Date).TotalDays) > 1);
    }

    /// <summary>"14:05", with the date when asked: "Jun 10 14:05" when the document gives one, "14:05 (day 2)" when not.</summary>
    public static string Show(PlacedTime time, Chronology times, bool withDate)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(times);
        var clock = time.At.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (!withDate) return clock;
        return time.Date is null
            ? string.Create(CultureInfo.InvariantCulture, $"{clock} (day {times.DayOf(time.At) + 1})")
            : time.At.ToString("MMM d HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>A duration in words: "2 hours 15 minutes", "45 minutes", "1 day 3 hours".</summary>
    public static string Words(TimeSpan span)
    {
        var minutes = (long)Math.Round(Math.Abs(span.TotalMinutes));
        var days = minutes / (24 * 60);
        var hours = minutes / 60 % 24;
        var mins = minutes % 60;
        var parts = new List<string>();
        if (days > 0)
            parts.Add(days == 1 ? "1 day" : $"{days} days");
        if (hours > 0)
            parts.Add(hours == 1 ? "1 hour" : $"{hours} hours");
        if (mins > 0 || parts.Count == 0)
            parts.Add(mins == 1 ? "1 minute" : $"{mins} minutes");
        return string.Join(" ", parts);
    }
}
