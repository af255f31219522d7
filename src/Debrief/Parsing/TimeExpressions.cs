// Times of day as written in postmortems, with an optional date before and timezone after:
// "10:45 AM", "14h05", "3:00 PM EAT", "10:45 GMT+1", "2024-02-19 14:00 UTC", "Day 2, 02:10", "6PM", "13:20pm".
using System.Globalization;
using System.Text.RegularExpressions;

namespace Debrief.Parsing;

/// <summary>A point in time as written: a wall-clock time, perhaps a date, perhaps a timezone.</summary>
/// <param name="Index">Where it starts in the searched text.</param>
/// <param name="Length">Its length in the searched text.</param>
/// <param name="Text">As written.</param>
/// <param name="Date">The date written with it, if any.</param>
/// <param name="Time">The time of day.</param>
/// <param name="Zone">The timezone written with it, if any.</param>
public sealed record TimeExpression(int Index, int Length, string Text, CalendarDate? Date, TimeOnly Time, ZoneRef? Zone);

/// <summary>Parses and finds time expressions (results, not exceptions).</summary>
public static partial class TimeExpressions
{
    private const string TimePattern =
        @"(?<![0-9:.,/])(?:" +
        @"(?<h>[0-9]{1,2}):(?<mi>[0-9]{2})(?::(?<s>[0-9]{2}))?(?:\s*(?<ap>[ap])\.?\s?m(?![a-z])\.?)?" +
        @"|(?<h>[0-9]{1,2})[h](?<mi>[0-9]{2})(?![0-9])" +
        @"|(?<h>[0-9]{1,2})(?:\s*(?<ap>[ap])\.?\s?m(?![a-z])\.?)" +
        @"|(?<h>[01][0-9]|2[0-3])(?<mi>[0-5][0-9])\s*(?=hrs\b|hours\b|UTC\b|GMT\b|Z\b)" +
        @"|\b(?<word>midnight|noon|midday)\b" +
        @")(?![0-9])(?:\s*(?:hrs|hours)\b)?";

    private const string ZonePattern =
        @"(?:\s*\(?\s*(?<tz>(?:UTC|GMT)\s*[+\-−–]\s*[0-9]{1,2}(?::?[0-9]{2})?|[A-Z]{1,5}(?![\w+])|(?:Africa|America|Asia|Atlantic|Australia|Europe|Pacific)/[A-Za-z_]+)\s*\)?)?";

    /// <summary>Parses a whole time expression ("10:45 AM PST", "2024-02-19 14:00 UTC").</summary>
    public static ParseResult<TimeExpression> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var first = FindAll(t).FirstOrDefault();
        if (first is null) return ParseResult<TimeExpression>.Fail($"no time in '{text}'");
        var rest = (t[..first.Index] + t[(first.Index + first.Length)..]).Trim(' ', ',', ':', '-', '(', ')', '[', ']', '*', '_');
        if (rest.Length > 0) return ParseResult<TimeExpression>.Fail($"unexpected text '{rest}' in '{text}'");
        return ParseResult<TimeExpression>.Ok(first);
    }

    /// <summary>The first time expression in a text, or null.</summary>
    public static TimeExpression? FindFirst(string text) => FindAll(text).FirstOrDefault();

    /// <summary>Every valid time expression in a text, in order.</summary>
    public static IEnumerable<TimeExpression> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in FullRegex().Matches(text))
        {
            var time = ToTime(m);
            if (time is null) continue;
            CalendarDate? date = null;
            var start = m.Index;
            if (m.Groups["date"].Success)
            {
                var d = CalendarDates.FromMatch(m);
                if (d.Success) date = d.Value;
                else start = m.Groups["time"].Index;
            }
            ZoneRef? zone = null;
            var end = m.Groups["time"].Index + m.Groups["time"].Length;
            if (m.Groups["tz"].Success)
            {
                var z = Timezones.Parse(m.Groups["tz"].Value);
                if (z.Success)
                {
                    zone = z.Value;
                    end = m.Index + m.Length;
                }
            }
            // A bare number with am/pm needs the am/pm; a bare "1430" needs its zone or "hrs".
            yield return new TimeExpression(start, end - start, text[start..end].Trim(), date, time.Value, zone);
        }
    }

    /// <summary>Parses just the time of day ("10:45 AM", "14h05", "6PM").</summary>
    public static ParseResult<TimeOnly> ParseTimeOfDay(string text)
    {
        var r = Parse(text);
        return r.Success ? ParseResult<TimeOnly>.Ok(r.Value.Time) : ParseResult<TimeOnly>.Fail(r.Error!);
    }

    private static TimeOnly? ToTime(Match m)
    {
        // "Midnight (SAST)", "at noon": times of day written as words.
        if (m.Groups["word"].Success)
            return m.Groups["word"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? TimeOnly.MinValue : new TimeOnly(12, 0);
        var h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var mi = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        var s = m.Groups["s"].Success ? int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ap"].Success)
        {
            var pm = m.Groups["ap"].Value is "p" or "P";
            if (h is < 1 or > 23) return null;
            if (h <= 12)
            {
                if (h == 12) h = 0;
                if (pm) h += 12;
            }
            // "13:20pm": a 24-hour time with a redundant suffix; keep the hour.
        }
        if (h > 24 || mi > 59 || s > 59) return null;
        if (h == 24) { if (mi != 0 || s != 0) return null; h = 0; }
        return new TimeOnly(h, mi, s);
    }

    [GeneratedRegex(
        @"(?:(?<date>" + CalendarDates.DatePattern + @")(?:\s*,?\s*(?:at\s+|@\s*|-\s+|–\s+)?|T))?" +
        @"(?<time>" + TimePattern + ")" + ZonePattern,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FullRegex();
}
