// The document's times on one comparable axis: the incident window and the timeline, with undated times placed
// sensibly (midnight crossings rolled forward, undated parts shifted by whole days to fit the dated ones).
using System.Globalization;
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Linting.Analysis;

/// <summary>A moment of the document placed on the common axis.</summary>
/// <param name="At">The placed date-time (wall clock, or UTC when every compared time has an offset).</param>
/// <param name="DateWritten">True when the date was written rather than assumed.</param>
/// <param name="Text">The time as written.</param>
/// <param name="Span">Where it is.</param>
public sealed record PlacedTime(DateTime At, bool DateWritten, string Text, SourceSpan Span);

/// <summary>A timeline entry placed on the axis.</summary>
public sealed record PlacedEntry(TimelineEntry Entry, DateTime At);

/// <summary>The incident window and the first timeline, on one axis.</summary>
public sealed partial class IncidentTimes
{
    private IncidentTimes() { }

    /// <summary>Outage start, when stated.</summary>
    public PlacedTime? Start { get; private init; }
    /// <summary>Outage end, when stated (or start + stated duration).</summary>
    public PlacedTime? End { get; private init; }
    /// <summary>Detection time from front matter, when given.</summary>
    public PlacedTime? Detected { get; private init; }
    /// <summary>True when the axis is UTC (every compared time had an offset); false for wall-clock times.</summary>
    public bool Utc { get; private init; }
    /// <summary>The entries of the first timeline (the one the summary describes), placed, in document order.</summary>
    public IReadOnlyList<PlacedEntry> Entries { get; private init; } = [];
    /// <summary>Every timeline group (entries of one section each), placed independently, for chronology.</summary>
    public IReadOnlyList<IReadOnlyList<PlacedEntry>> Groups { get; private init; } = [];

    /// <summary>Outage length, when both ends are known.</summary>
    public TimeSpan? Duration => Start is { } s && End is { } e ? e.At - s.At : null;

    /// <summary>Builds the axis for a document.</summary>
    public static IncidentTimes Of(Postmortem document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fm = document.FrontMatter;
        var summary = document.Summary;
        var entries = document.Timeline.Where(e => e.LocalTime is not null || e.Time is not null).ToList();

        // Window ends as (instant?, wall clock?, date written?).
        var start = Window(fm?.Started, fm?.KeyLines, "started", summary.Start, summary.LocalStart);
        var end = Window(fm?.Ended, fm?.KeyLines, "ended", summary.End, summary.LocalEnd);
        var detected = fm?.Detected is { } d ? new Raw(d, d.DateTime, true, d.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture), Line(fm.KeyLines, "detected")) : null;

        var utc = entries.All(e => e.Time is not null)
                  && (start is null || start.Instant is not null)
                  && (end is null || end.Instant is not null)
                  && (entries.Count > 0 || start is not null);
        DateTime Axis(Raw r) => utc && r.Instant is { } i ? i.UtcDateTime : r.Wall;
        DateTime EntryAxis(TimelineEntry e) => utc && e.Time is { } t ? t.UtcDateTime : e.LocalTime ?? e.Time!.Value.DateTime;

        PlacedTime? startPlaced = start is null ? null : new PlacedTime(Axis(start), start.DateWritten, start.Text, start.Span);
        PlacedTime? endPlaced = end is null ? null : new PlacedTime(Axis(end), end.DateWritten, end.Text, end.Span);
        // Undated window: the end follows the start (an end earlier in the day is on the next day).
        if (startPlaced is not null && endPlaced is not null && !endPlaced.DateWritten)
        {
            var e = startPlaced.At.Date + endPlaced.At.TimeOfDay;
            if (e < startPlaced.At)
                e = e.AddDays(1);
            endPlaced = endPlaced with { At = e };
        }
        // A dated end before the start, picked from another sentence, is not this outage's end (e.g. "failing since ...").
        if (startPlaced is not null && endPlaced is not null && endPlaced.At < startPlaced.At && endPlaced.Span.Line != startPlaced.Span.Line)
            endPlaced = null;
        if (startPlaced is not null && endPlaced is null && summary.Duration is { } dur && dur.Value > TimeSpan.Zero)
            endPlaced = new PlacedTime(startPlaced.At + dur.Value, startPlaced.DateWritten, Show(startPlaced.At + dur.Value, false) + " (start + duration)", dur.Span);
        var detectedPlaced = detected is null ? null : new PlacedTime(Axis(detected), true, detected.Text, detected.Span);

        // Timeline groups: consecutive entries of one section, rolled forward across midnight when undated.
        var groups = entries.GroupBy(e => SectionIndex(document, e.Span.Start)).Select(g => Roll(InShape(document, g.ToList()), EntryAxis)).ToList();
        var first = groups.Count > 0 ? groups[0] : [];

        // Shift the undated side by whole days so the timeline and the window line up as well as they can.
        var windowDated = startPlaced?.DateWritten == true || endPlaced?.DateWritten == true;
        var timelineDated = first.Any(p => p.Entry.DateKnown);
        // The parser carries a date forward to later entries; here only a date written on the entry itself is fixed.
        static bool Written(PlacedEntry p) => p.Entry.DateKnown && DateWritten(p.Entry.TimeText);
        if (windowDated && timelineDated && first.Any(p => !Written(p)) && first.Any(Written))
        {
            // Dated window, partly dated timeline ("2019-10-20 00:55: builds failing", then "01:38: alerts fired"
            // under "all events on 2019-10-21"): move the undated entries as a block to the best day.
            var undated = first.Where(p => !Written(p)).ToList();
            var bestShift = 0;
            var bestCost = Cost(startPlaced, endPlaced, undated[0].At, undated[^1].At);
            foreach (var k in new[] { 1, -1 })
            {
                var cost = Cost(startPlaced, endPlaced, undated[0].At.AddDays(k), undated[^1].At.AddDays(k));
                if (cost < bestCost - 12 * 60)
                {
                    bestCost = cost;
                    bestShift = k;
                }
            }
            if (bestShift != 0)
            {
                first = first.Select(p => Written(p) ? p : p with { At = p.At.AddDays(bestShift) }).ToList();
                groups[0] = first;
            }
        }
        if ((startPlaced is not null || endPlaced is not null) && first.Count > 0 && !(windowDated && timelineDated))
        {
            // First put the undated side on the dated side's day (or the window's day when neither is dated) ...
            var windowDay = (startPlaced ?? endPlaced)!.At.Date;
            var rebase = windowDay - first[0].At.Date;
            if (!windowDated && timelineDated)
            {
                startPlaced = Shift(startPlaced, -rebase);
                endPlaced = Shift(endPlaced, -rebase);
            }
            else if (rebase != TimeSpan.Zero)
            {
                first = first.Select(p => p with { At = p.At + rebase }).ToList();
                groups[0] = first;
            }
            // ... then try the neighbouring days.
            var best = 0;
            var bestCost = double.MaxValue;
            foreach (var k in new[] { 0, -1, 1 })
            {
                var shift = TimeSpan.FromDays(k);
                var cost = windowDated
                    ? Cost(startPlaced, endPlaced, first[0].At + shift, first[^1].At + shift)
                    : Cost(Shift(startPlaced, shift), Shift(endPlaced, shift), first[0].At, first[^1].At);
                if (cost < bestCost - 1e-9)
                {
                    bestCost = cost;
                    best = k;
                }
            }
            if (!windowDated)
            {
                var shift = TimeSpan.FromDays(best);
                if (!timelineDated)
                {
                    // Both undated: keep the window, move the timeline (same thing, but dates stay as the window says).
                    first = first.Select(p => p with { At = p.At - shift }).ToList();
                    groups[0] = first;
                }
                else
                {
                    startPlaced = Shift(startPlaced, shift);
                    endPlaced = Shift(endPlaced, shift);
                }
            }
            else if (best != 0)
            {
                var shift = TimeSpan.FromDays(best);
                first = first.Select(p => p with { At = p.At + shift }).ToList();
                groups[0] = first;
            }
        }
        return new IncidentTimes { Start = startPlaced, End = endPlaced, Detected = detectedPlaced, Utc = utc, Entries = first, Groups = groups };
    }

    /// <summary>The entries of the first timeline outside the window (beyond the slack; triggers before the start
    /// excluded) when none at all lies inside it and at least two lie outside; otherwise empty.</summary>
    public IReadOnlyList<PlacedEntry> OutsideWindow(TimeSpan minimumSlack)
    {
        if (Entries.Count < 2 || (Start is null && End is null) || (Start is { } s0 && End is { } e0 && e0.At < s0.At))
            return [];
        var slack = Duration is { } d && d / 2 > minimumSlack ? d / 2 : minimumSlack;
        var outside = Entries.Where(p =>
            (Start is { } s && p.At < s.At - slack && p.Entry.Kind != TimelineEntryKind.Trigger)
            || (End is { } e && p.At > e.At + slack)).ToList();
        // Lead-up and follow-up entries are normal; a timeline with no entry at all inside the window is not.
        var inside = Entries.Count(p => (Start is null || p.At >= Start.At - slack) && (End is null || p.At <= End.At + slack));
        return outside.Count < 2 || inside > 0 ? [] : outside;
    }

    /// <summary>True when the window's date and a dated timeline entry are more than a day apart (the dates rule's case).</summary>
    public bool DatesDisagree => Start?.DateWritten == true && Entries.Any(e => e.Entry.DateKnown && Math.Abs((e.At.Date - Start.At.Date).TotalDays) > 1);

    private static double Cost(PlacedTime? start, PlacedTime? end, DateTime firstEntry, DateTime lastEntry)
    {
        var cost = 0.0;
        if (start is not null)
            cost += Math.Abs((firstEntry - start.At).TotalMinutes);
        if (end is not null)
            cost += Math.Abs((lastEntry - end.At).TotalMinutes);
        return cost;
    }

    private static PlacedTime? Shift(PlacedTime? p, TimeSpan by) => p is null ? null : p with { At = p.At + by };

    /// <summary>Places undated entries after their predecessor: a drop of more than 12 hours is a midnight crossing,
    /// a smaller drop is a real step backwards (left for the chronology rule to report).</summary>
    private static List<PlacedEntry> Roll(List<TimelineEntry> entries, Func<TimelineEntry, DateTime> axis)
    {
        var placed = new List<PlacedEntry>(entries.Count);
        DateTime? previous = null;
        foreach (var e in entries)
        {
            var at = axis(e);
            if (!e.DateKnown && previous is { } prev)
            {
                at = prev.Date + at.TimeOfDay;
                if (at < prev && prev - at > TimeSpan.FromHours(12))
                    at = at.AddDays(1);
            }
            placed.Add(new PlacedEntry(e, at));
            previous = at;
        }
        return placed;
    }

    /// <summary>Drops entries that are not written like the rest of their timeline: in a list or table timeline, a
    /// paragraph after it ("Total impact: 5 hours (10:45 - 16:11 UTC)") is a remark, not an entry.</summary>
    private static List<TimelineEntry> InShape(Postmortem document, List<TimelineEntry> entries)
    {
        if (document.Lines.Count == 0 || entries.Count < 3)
            return entries;
        bool Structured(TimelineEntry e)
        {
            var line = e.Span.Line;
            if (line < 1 || line > document.Lines.Count)
                return true;
            var l = document.Lines[line - 1];
            return l.InList || l.Kind is LineKind.ListItem or LineKind.Table;
        }
        var structured = entries.Count(Structured);
        return structured * 2 > entries.Count ? entries.Where(Structured).ToList() : entries;
    }

    private static int SectionIndex(Postmortem document, int offset)
    {
        // Entries belong to the last Timeline section containing them (day sub-headings stay together, a
        // multi-incident document gets one group per incident); otherwise to the innermost section.
        int timeline = -1, innermost = -1;
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var s = document.Sections[i];
            if (s.Span.Start > offset || offset >= Math.Max(s.Span.End, s.Span.Start + 1))
                continue;
            innermost = i;
            if (s.Kind == SectionKind.Timeline)
                timeline = i;
        }
        return timeline >= 0 ? timeline : innermost;
    }

    private sealed record Raw(DateTimeOffset? Instant, DateTime Wall, bool DateWritten, string Text, SourceSpan Span);

    private static Raw? Window(DateTimeOffset? frontMatter, IReadOnlyDictionary<string, int>? keyLines, string key, Fact<DateTimeOffset>? instant, Fact<DateTime>? local)
    {
        if (frontMatter is { } f)
            return new Raw(f, f.DateTime, true, f.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture), Line(keyLines, key));
        if (instant is not null)
            return new Raw(instant.Value, instant.Value.DateTime, DateWritten(instant.Text), instant.Text, instant.Span);
        if (local is not null)
            return new Raw(null, local.Value, DateWritten(local.Text), local.Text, local.Span);
        return null;
    }

    private static SourceSpan Line(IReadOnlyDictionary<string, int>? keyLines, string key) =>
        keyLines is not null && keyLines.TryGetValue(key, out var line) ? new SourceSpan(line, 1, 0, 0) : SourceSpan.None;

    /// <summary>True when a time expression as written carries a date (a year, a month name, d/m, ISO date, weekday).</summary>
    public static bool DateWritten(string text) => DateRegex().IsMatch(text ?? "");

    /// <summary>"14:05" or "June 10 14:05" for messages.</summary>
    public static string Show(DateTime at, bool withDate) =>
        withDate ? at.ToString("MMM d HH:mm", CultureInfo.InvariantCulture) : at.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A duration in words: "2 h 15 min", "45 min", "1 day 3 h".</summary>
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

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|\b\d{1,2}/\d{1,2}\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bday\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex DateRegex();
}
