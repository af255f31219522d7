// Finds calendar dates written in prose ("June 10, 2023", "10 June", "2024-02-19"), year optional.
using System.Globalization;
using System.Text.RegularExpressions;

namespace Debrief.Linting.Analysis;

/// <summary>A date as written: month and day, the year when given.</summary>
public readonly record struct WrittenDate(int Index, int Length, int Month, int Day, int? Year, string Text)
{
    /// <summary>The date with a year filled in when absent.</summary>
    public DateOnly? On(int fallbackYear)
    {
        var year = Year ?? fallbackYear;
        return Day >= 1 && Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
    }
}

/// <summary>Date scanning for consistency checks (the parser resolves times; this only compares calendar days).</summary>
public static partial class WrittenDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The dates in a line of text.</summary>
    public static IEnumerable<WrittenDate> Find(string text)
    {
        foreach (Match m in DateRegex().Matches(text ?? ""))
        {
            int month, day;
            int? year = null;
            if (m.Groups["iy"].Success)
            {
                year = int.Parse(m.Groups["iy"].Value, CultureInfo.InvariantCulture);
                month = int.Parse(m.Groups["im"].Value, CultureInfo.InvariantCulture);
                day = int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture);
            }
            else
            {
                var name = (m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value);
                // "may" in lower case is the verb far more often than the month.
                if (name == "may")
                    continue;
                month = Array.IndexOf(Months, name[..3].ToLowerInvariant()) + 1;
                day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
                var y = m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Success ? m.Groups["y2"].Value : null;
                if (y is not null)
                    year = int.Parse(y, CultureInfo.InvariantCulture);
            }
            if (month is < 1 or > 12 || day is < 1 or > 31)
                continue;
            yield return new WrittenDate(m.Index, m.Length, month, day, year, m.Value);
        }
    }

    /// <summary>"June 10, 2023" or "June 10".</summary>
    public static string Show(DateOnly date, bool withYear) =>
        date.ToString(withYear ? "MMMM d, yyyy" : "MMMM d", CultureInfo.InvariantCulture);

    private const string MonthName = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(@"\b(?<iy>(?:19|20)\d\d)-(?<im>\d{1,2})-(?<id>\d{1,2})\b"
        + @"|\b(?<m1>" + MonthName + @")\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y1>(?:19|20)\d\d)\b)?"
        + @"|\b(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m2>" + MonthName + @")\b\.?(?:,?\s+(?<y2>(?:19|20)\d\d)\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();
}
