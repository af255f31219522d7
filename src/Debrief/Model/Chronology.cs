// The document's times on one axis: each time with where its date came from, the incident window, the timeline order.
using System.Globalization;

namespace Debrief.Model;

/// <summary>Where the date of a time comes from.</summary>
public enum DateSource
{
    /// <summary>No date anywhere the time could take one from: only the time of day is known.</summary>
    None,
    /// <summary>Assumed from context: front matter, the summary's date, the first date the document writes, or a
    /// whole-day shift that lines the timeline up with the stated window.</summary>
    Context,
    /// <summary>Written: on the time itself, on the date line or day heading it sits under, or on an earlier entry of
    /// its timeline (then moved past midnight by the midnight rule where the times say so).</summary>
    Written,
}

/// <summary>A calendar date as far as the document gives it: month and day, and the year when the document (its
/// text or front matter) gives one. Never a placeholder.</summary>
public readonly record struct PlacedDate(int? Year, int Month, int Day)
{
    /// <summary>"2024-06-05", or "--06-05" (ISO 8601 month-day) when no year is given.</summary>
    public override string ToString() =>
        Year is { } y
            ? string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{Month:00}-{Day:00}")
            : string.Create(CultureInfo.InvariantCulture, $"--{Month:00}-{Day:00}");
}

/// <summary>
/// A time of the document placed on the document's one axis.
/// </summary>
/// <param name="LocalTime">The time of day as written, in its own zone.</param>
/// <param name="Date">Its calendar date (in its own zone) when written or assumed from context; null when there is none.</param>
/// <param name="DateSource">Where <paramref name="Date"/> comes from.</param>
/// <param name="Offset">Its UTC offset, when knowable (written with it, stated once for the document, front matter).</param>
/// <param name="At">Its position on the axis (see <see cref="Chronology"/>): compare and subtract these; the date part
/// of an undated time (or the year of a date written without one) is an internal placeholder and is never printed.</param>
/// <param name="Text">The time as written ("10:45 AM PST", "2024-06-05T14:00:00+00:00" for front matter).</param>
/// <param name="Span">Where it is written.</param>
public sealed record PlacedTime(TimeOnly LocalTime, PlacedDate? Date, DateSource DateSource, TimeSpan? Offset, DateTime At, string Text, SourceSpan Span)
{
    /// <summary>The instant, when the date (with its year) and the offset are both known.</summary>
    public DateTimeOffset? Instant =>
        Date is { Year: { } y } d && Offset is { } o ? new DateTimeOffset(y, d.Month, d.Day, LocalTime.Hour, LocalTime.Minute, LocalTime.Second, o) : null;

    /// <summary>A fully dated time (front matter, a model built in code): date written, axis = its own wall clock.</summary>
    public static PlacedTime Dated(DateTimeOffset instant, string text, SourceSpan span) =>
        new(TimeOnly.FromDateTime(instant.DateTime), new PlacedDate(instant.Year, instant.Month, instant.Day), DateSource.Written,
            instant.Offset, instant.DateTime, text, span);
}

/// <summary>How much of the calendar the axis knows (decides how days are written: "Mon 5 Jun 2023", "5 Jun", "day 2").</summary>
public enum AxisDates
{
    /// <summary>No date: days are counted ("day 2"), never named.</summary>
    None,
    /// <summary>Month and day without a year: no weekday (it depends on the year), no year.</summary>
    MonthDay,
    /// <summary>Full dates.</summary>
    Full,
}

/// <summary>Where an end of the incident window comes from.</summary>
public enum WindowSource
{
    /// <summary>Stated: front matter, or the summary's start and end.</summary>
    Stated,
    /// <summary>The end is the stated start plus the stated duration.</summary>
    StartPlusDuration,
    /// <summary>Not stated: taken from the timeline (its first detection or trigger, its last resolution or entry).</summary>
    Timeline,
}

/// <summary>
/// Every time of the document on one axis, computed once in parsing (Parsing/TimePlacement) and read by show, the
/// time rules and the renderers. The axis is the wall clock of one zone when every time has an offset (times in
/// other zones are converted), otherwise the wall clock as written. Undated times sit on an internal placeholder day:
/// <see cref="PlacedTime.At"/> values can be compared and subtracted, and days are counted from <see cref="Origin"/>;
/// only <see cref="PlacedTime.Date"/> may be printed as a date.
/// </summary>
public sealed record Chronology
{
    /// <summary>A document without times.</summary>
    public static Chronology Empty { get; } = new();

    /// <summary>The axis's UTC offset when every time has one; null when the axis is wall clock as written.</summary>
    public TimeSpan? Offset { get; init; }
    /// <summary>Midnight of the axis's first day (day 0): the day of its earliest time.</summary>
    public DateTime Origin { get; init; }
    /// <summary>How much of the calendar is known, from the incident's start (or first entry).</summary>
    public AxisDates Dates { get; init; }

    /// <summary>The stated start (front matter or summary).</summary>
    public PlacedTime? Start { get; init; }
    /// <summary>The stated end, or the start plus the stated duration (<see cref="EndSource"/>).</summary>
    public PlacedTime? End { get; init; }
    /// <summary><see cref="WindowSource.Stated"/> or <see cref="WindowSource.StartPlusDuration"/> when <see cref="End"/> is set.</summary>
    public WindowSource EndSource { get; init; }
    /// <summary>The window shown to readers: <see cref="Start"/>, else taken from the timeline.</summary>
    public PlacedTime? WindowStart { get; init; }
    /// <summary>The window shown to readers: <see cref="End"/>, else taken from the timeline.</summary>
    public PlacedTime? WindowEnd { get; init; }
    /// <summary>True when an end of the shown window was taken from the timeline rather than stated.</summary>
    public bool WindowFromTimeline { get; init; }
    /// <summary>Detection: front matter <c>detected</c>, else the first detection entry of the main timeline.</summary>
    public PlacedTime? Detected { get; init; }
    /// <summary>The first mitigation (else resolution) entry of the main timeline inside the response.</summary>
    public PlacedTime? Mitigated { get; init; }
    /// <summary>The stated window's length when both ends are stated; else the stated duration; else the shown window's length.</summary>
    public TimeSpan? Duration { get; init; }
    /// <summary>True when <see cref="Duration"/> is the duration written in the text.</summary>
    public bool DurationStated { get; init; }

    /// <summary>The timelines of the document (one per timeline section; several for a multi-incident document), each
    /// in document order, remarks excluded. The first is the main timeline, the one the summary describes.</summary>
    public IReadOnlyList<IReadOnlyList<TimelineEntry>> Groups { get; init; } = [];
    /// <summary>Entries placed earlier than the entry before them in their timeline, with that entry: exactly the
    /// timeline-chronological (DB010) findings.</summary>
    public IReadOnlyList<(TimelineEntry Entry, TimelineEntry Previous)> OutOfOrder { get; init; } = [];

    /// <summary>The main timeline (the first group), or empty.</summary>
    public IReadOnlyList<TimelineEntry> Main => Groups.Count > 0 ? Groups[0] : [];

    /// <summary>The day of an axis time, counted from <see cref="Origin"/> (0 = the first day).</summary>
    public int DayOf(DateTime at) => (int)Math.Floor((at.Date - Origin.Date).TotalDays);

    /// <summary>Minutes of an axis time from <see cref="Origin"/>.</summary>
    public double MinutesOf(DateTime at) => Math.Round((at - Origin).TotalMinutes, 2);
}
