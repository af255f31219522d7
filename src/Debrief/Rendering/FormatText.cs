// How durations, times, offsets and percentages are written for readers ("2 h 30 min", "14:00 – 16:30 UTC").
using System.Globalization;

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

    /// <summary>"Thu 20 Jun 2024, 14:00 – 16:30 UTC" or "Sun 13 May 2023, 22:20 – Mon 14 May 2023, 15:00 PST".</summary>
    public static string Window(DateTime? start, DateTime? end, string? timezone)
    {
        var tz = string.IsNullOrWhiteSpace(timezone) ? "(timezone not stated)" : timezone;
        if (start is { } s && end is { } e)
        {
            var range = s.Date == e.Date
                ? $"{Day(s)}, {Clock(s)} – {Clock(e)}"
                : $"{Day(s)}, {Clock(s)} – {Day(e)}, {Clock(e)}";
            return $"{range} {tz}";
        }
        if (start is { } only) return $"from {Day(only)}, {Clock(only)} {tz}";
        if (end is { } until) return $"until {Day(until)}, {Clock(until)} {tz}";
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
