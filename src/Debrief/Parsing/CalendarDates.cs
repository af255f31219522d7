// Calendar dates as written in postmortems: ISO, "May 13th, 2023", "20th December 2023", "04-12-2022", "Day 2".
using System.Globalization;
using System.Text.RegularExpressions;

namespace Debrief.Parsing;

/// <summary>A date as written; the year may be missing ("June 5"). <see cref="DayNumber"/> is set for "Day 2".</summary>
public sealed record CalendarDate(int? Year, int Month, int Day, int? DayNumber = null)
{
    /// <summary>A relative day ("Day 2") with no calendar date.</summary>
    public static CalendarDate Relative(int dayNumber) => new(null, 0, 0, dayNumber);

    /// <summary>True for "Day N" dates.</summary>
    public bool IsRelative => DayNumber is not null;

    /// <summary>The date with a year filled in (the written one, else <paramref name="fallbackYear"/>), or null if invalid.</summary>
    public DateOnly? ToDateOnly(int fallbackYear)
    {
        if (IsRelative) return null;
        var year = Year ?? fallbackYear;
        return Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(year, Month)
            ? new DateOnly(year, Month, Day) : null;
    }
}

/// <summary>A date found in a text.</summary>
public sealed record DateMatch(int Index, int Length, CalendarDate Date);

/// <summary>Parses and finds calendar dates.</summary>
public static partial class CalendarDates
{
    internal const string MonthNames =
        "January|February|March|April|May|June|July|August|September|October|November|December|" +
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    internal const string DatePattern =
        @"(?:(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?\.?,?\s+)?" +
        @"(?:(?<iy>[0-9]{4})-(?<im>[0-9]{1,2})-(?<id>[0-9]{1,2})" +
        @"|(?<nd>[0-9]{1,2})(?:(?<slash>/)(?<nm>[0-9]{1,2})/|-(?<nm>[0-9]{1,2})-|\.(?<nm>[0-9]{1,2})\.)(?<ny>[0-9]{4})" +
        @"|(?<mn>" + MonthNames + @")\.?\s+(?<md>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9:])(?:,?\s+(?<my>[0-9]{4}))?" +
        @"|(?<dd>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<dm>" + MonthNames + @")\.?(?:,?\s+(?<dy>[0-9]{4}))?" +
        @"|Day\s+(?<rel>[0-9]{1,2})(?![0-9]))";

    /// <summary>Parses a whole date expression.</summary>
    public static ParseResult<CalendarDate> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().TrimEnd(':', ',', '.').Trim();
        var m = DateRegex().Match(t);
        if (!m.Success || m.Index != 0 || m.Length != t.Length) return ParseResult<CalendarDate>.Fail($"not a date: '{text}'");
        return FromMatch(m);
    }

    /// <summary>Every valid date in a text.</summary>
    public static IEnumerable<DateMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in DateRegex().Matches(text))
        {
            var r = FromMatch(m);
            if (r.Success) yield return new DateMatch(m.Index, m.Length, r.Value);
        }
    }

    /// <summary>Builds a date from a match of <see cref="DatePattern"/> (its groups), validating it.</summary>
    internal static ParseResult<CalendarDate> FromMatch(Match m)
    {
        int? year; int month; int day;
        if (m.Groups["rel"].Success)
            return ParseResult<CalendarDate>.Ok(CalendarDate.Relative(Int(m.Groups["rel"].Value)));
        if (m.Groups["iy"].Success)
        {
            year = Int(m.Groups["iy"].Value); month = Int(m.Groups["im"].Value); day = Int(m.Groups["id"].Value);
        }
        else if (m.Groups["nd"].Success)
        {
            year = Int(m.Groups["ny"].Value);
            var a = Int(m.Groups["nd"].Value);
            var b = Int(m.Groups["nm"].Value);
            // Day first for "-" and ".", month first for "/", unless only one reading is valid.
            var monthFirst = m.Groups["slash"].Success;
            if (a > 12 && b <= 12) monthFirst = false;
            else if (b > 12 && a <= 12) monthFirst = true;
            (month, day) = monthFirst ? (a, b) : (b, a);
        }
        else if (m.Groups["mn"].Success)
        {
            month = Month(m.Groups["mn"].Value); day = Int(m.Groups["md"].Value);
            year = m.Groups["my"].Success ? Int(m.Groups["my"].Value) : null;
        }
        else if (m.Groups["dm"].Success)
        {
            month = Month(m.Groups["dm"].Value); day = Int(m.Groups["dd"].Value);
            year = m.Groups["dy"].Success ? Int(m.Groups["dy"].Value) : null;
        }
        else
        {
            return ParseResult<CalendarDate>.Fail("no date");
        }
        if (month is < 1 or > 12) return ParseResult<CalendarDate>.Fail($"month {month} out of range");
        if (day < 1 || day > DateTime.DaysInMonth(year ?? 2024, month)) return ParseResult<CalendarDate>.Fail($"day {day} out of range");
        if (year is < 1970 or > 2100) return ParseResult<CalendarDate>.Fail($"year {year} out of range");
        return ParseResult<CalendarDate>.Ok(new CalendarDate(year, month, day));
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int Month(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
    };

    [GeneratedRegex(@"(?<![\w])" + DatePattern + @"(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();
}
