// How durations, times, offsets and percentages are written for readers ("2 h 30 min", "14:00 – 16:30 UTC").
using System.Globalization;
using Debrief.Model;

namespace Debrief.Rendering;

/// <summary>Invariant, human formats shared by the renderers.</summary>
public static class FormatText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"UTC", "UTC+01:00", "UTC-05:30".</summary>
    public static string Offset(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero) return "UTC";
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return $"UTC{sign}{abs.Hours:00}:{abs.Minutes:00}";
    }

    /// <summary>"45 min", "2 h 30 min", "3 d 4 h", "30 s".</summary>
    public static string Duration(TimeSpan span)
    {
        span = span.Duration();
        if (span.TotalSeconds < 1) return "0 min";
        if (span.TotalMinutes < 1) return $"{(int)span.TotalSeconds} s";
        var minutes = (long)Math.Round(span.TotalMinutes);
        var days = minutes / 1440;
        var hours = minutes % 1440 / 60;
        var mins = minutes % 60;
        if (days > 0) return hours > 0 ? $"{days} d {hours} h" : $"{days} d";
        if (hours > 0) return mins > 0 ? $"{hours} h {mins} min" : $"{hours} h";
        return $"{mins} min";
    }

    /// <summary>"14:05".</summary>
    public static string Clock(DateTime time) => time.ToString("HH:mm", Invariant);

    /// <summary>"Thu 20 Jun 2024".</summary>
    public static string Day(DateTime time) => time.ToString("ddd d MMM yyyy", Invariant);

    /// <summary>A day as far as the document gives it: "Thu 20 Jun 2024", "20 Jun" (no year given: no weekday either,
    /// it depends on the year), "day 2" (no date given: counted from the first day, <paramref name="origin"/>).</summary>
    public static string Day(DateTime time, AxisDates dates, DateTime origin) => dates switch
    {
        AxisDates.Full => Day(time),
        AxisDates.MonthDay => time.ToString("d MMM", Invariant),
        _ => string.Create(Invariant, $"day {(int)Math.Floor((time.Date - origin.Date).TotalDays) + 1}"),
    };

    /// <summary>A short day for axis ticks: "Thu 20 Jun", "20 Jun", "day 2".</summary>
    public static string TickDay(DateTime time, AxisDates dates, DateTime origin, bool weekday = true) => dates switch
    {
        AxisDates.Full => time.ToString(weekday ? "ddd d MMM" : "d MMM", Invariant),
        _ => Day(time, dates, origin),
    };

    /// <summary>"Thu 20 Jun 2024, 14:00 – 16:30 UTC" or "Sun 13 May 2023, 22:20 – Mon 14 May 2023, 15:00 PST".</summary>
    public static string Window(DateTime? start, DateTime? end, string? timezone) => Window(start, end, timezone, AxisDates.Full, default);

    /// <summary>The window of an incident's facts, its days written as far as the document gives them.</summary>
    public static string Window(IncidentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Window(facts.Start, facts.End, facts.TimezoneLabel, facts.Dates, facts.Origin);
    }

    /// <summary>"Thu 20 Jun 2024, 14:00 – 16:30 UTC"; without a year "20 Jun, 14:00 – 16:30 UTC"; without a date
    /// "16:30 – 05:00 UTC (no date given)" (a window ending two or more days later names its day: "– day 3, 05:00").</summary>
    public static string Window(DateTime? start, DateTime? end, string? timezone, AxisDates dates, DateTime origin) =>
        Window(start, end, timezone, dates, origin, null);

    /// <summary>The window as <see cref="Window(DateTime?, DateTime?, string?, AxisDates, DateTime)"/> writes it, with
    /// each end's text passed through <paramref name="mark"/> (the page wraps it in a <c>&lt;time&gt;</c> element).</summary>
    public static string Window(DateTime? start, DateTime? end, string? timezone, AxisDates dates, DateTime origin, Func<DateTime, string, string>? mark)
    {
        var undated = dates == AxisDates.None;
        var tz = string.IsNullOrWhiteSpace(timezone) ? (undated ? null : "(timezone not stated)") : timezone;
        var note = undated ? (tz is null ? " (no date given, timezone not stated)" : $" {tz} (no date given)") : $" {tz}";
        string M(DateTime t, string text) => mark is null ? text : mark(t, text);
        string At(DateTime t) => M(t, undated ? Clock(t) : $"{Day(t, dates, origin)}, {Clock(t)}");
        if (start is { } s && end is { } e)
        {
            string range;
            if (s.Date == e.Date)
                range = $"{At(s)} – {M(e, Clock(e))}";
            else if (undated)
                range = (e.Date - s.Date).TotalDays > 1 ? $"{M(s, Clock(s))} – {M(e, $"{Day(e, dates, origin)}, {Clock(e)}")}" : $"{M(s, Clock(s))} – {M(e, Clock(e))}";
            else
                range = $"{At(s)} – {At(e)}";
            return range + note;
        }
        if (start is { } only) return $"from {At(only)}{note}";
        if (end is { } until) return $"until {At(until)}{note}";
        return "";
    }

    /// <summary>"75%", "0.5%", "33.3%".</summary>
    public static string Percent(double value) =>
        (Math.Abs(value - Math.Round(value)) < 0.05 ? Math.Round(value).ToString(Invariant) : value.ToString("0.#", Invariant)) + "%";

    /// <summary>"2024-06-20T14:00:00+00:00" (ISO 8601 with offset) or "2024-06-20T14:00:00" when no offset is known.</summary>
    public static string Iso(DateTime wall, TimeSpan? offset) =>
        offset is { } o ? new DateTimeOffset(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified), o).ToString("yyyy-MM-dd'T'HH:mm:sszzz", Invariant)
                        : wall.ToString("yyyy-MM-dd'T'HH:mm:ss", Invariant);
}
