using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

/// <summary>Times of day as real postmortems write them (forms taken from the shared corpus).</summary>
public sealed class TimeExpressionsTests
{
    // input, hour, minute, zone abbreviation or offset text (null = none), date "yyyy-MM-dd" / "MM-dd" / "day N" (null = none)
    public static TheoryData<string, int, int, string?, string?> Forms => new()
    {
        { "10:45 AM", 10, 45, null, null },
        { "10:45 am", 10, 45, null, null },
        { "10:45AM", 10, 45, null, null },
        { "10:45 a.m.", 10, 45, null, null },
        { "12:00 p.m. EAT", 12, 0, "EAT", null },
        { "12:00 AM", 0, 0, null, null },
        { "12:30 PM", 12, 30, null, null },
        { "1:54PM PST", 13, 54, "PST", null },
        { "6PM", 18, 0, null, null },
        { "7 PM", 19, 0, null, null },
        { "1AM SAST", 1, 0, "SAST", null },
        { "14h05", 14, 5, null, null },
        { "9h30", 9, 30, null, null },
        { "3:00 PM EAT", 15, 0, "EAT", null },
        { "10:45 GMT+1", 10, 45, "GMT+1", null },
        { "16:15 GMT+1", 16, 15, "GMT+1", null },
        { "10:00 UTC+01:00", 10, 0, "UTC+01:00", null },
        { "08:00 AM (UTC-5)", 8, 0, "UTC-5", null },
        { "2024-02-19 14:00 UTC", 14, 0, "UTC", "2024-02-19" },
        { "2019-10-20 00:55 UTC", 0, 55, "UTC", "2019-10-20" },
        { "2019-01-23T16:08:30Z", 16, 8, "Z", "2019-01-23" },
        { "2025-09-29T16:54:16", 16, 54, null, "2025-09-29" },
        { "Day 2, 02:10", 2, 10, null, "day 2" },
        { "14:51 PST", 14, 51, "PST", null },
        { "13:20pm", 13, 20, null, null },
        { "13:20PM EAT", 13, 20, "EAT", null },
        { "00:00 hours", 0, 0, null, null },
        { "2100hrs WAT", 21, 0, "WAT", null },
        { "1430 UTC", 14, 30, "UTC", null },
        { "10:20 pm (PST)", 22, 20, "PST", null },
        { "10:15 AM (UTC)", 10, 15, "UTC", null },
        { "[08:47]", 8, 47, null, null },
        { "**10:00 AM:**", 10, 0, null, null },
        { "_5:30 PM_", 17, 30, null, null },
        { "March 11, 2024, 10:15 AM (UTC)", 10, 15, "UTC", "2024-03-11" },
        { "November 10, 2023, 8:00 PM", 20, 0, null, "2023-11-10" },
        { "Sunday, May 13th, 2023, 10:20 pm (PST)", 22, 20, "PST", "2023-05-13" },
        { "June 7th, 2024, 13:00 (UTC)", 13, 0, "UTC", "2024-06-07" },
        { "04-12-2022 7:23 AM GMT+1", 7, 23, "GMT+1", "2022-12-04" },
        { "Mar 5, 2024 12:00 (GMT)", 12, 0, "GMT", "2024-03-05" },
        { "January 31 2023, 16:15 GMT+1", 16, 15, "GMT+1", "2023-01-31" },
        { "20th December 2023 at 2:00 PM", 14, 0, null, "2023-12-20" },
        { "12:05:30", 12, 5, null, null },
        { "11:00 AM WAT", 11, 0, "WAT", null },
        { "09:00 CET", 9, 0, "CET", null },
        { "5:15 AM PT", 5, 15, "PT", null },
        { "3:28 PM UTC", 15, 28, "UTC", null },
        { "10:05 AM GMT", 10, 5, "GMT", null },
        { "2:00 PM IST", 14, 0, "IST", null },
        { "23:59 Europe/Paris", 23, 59, "Europe/Paris", null },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Reads_real_time_forms(string input, int hour, int minute, string? zone, string? date)
    {
        var found = TimeExpressions.FindFirst(input);
        Assert.NotNull(found);
        Assert.Equal(new TimeOnly(hour, minute), new TimeOnly(found.Time.Hour, found.Time.Minute));
        if (zone is null) Assert.Null(found.Zone);
        else Assert.Equal(zone, found.Zone?.Text);
        switch (date)
        {
            case null: Assert.Null(found.Date); break;
            case var d when d.StartsWith("day ", StringComparison.Ordinal):
                Assert.Equal(int.Parse(d[4..], System.Globalization.CultureInfo.InvariantCulture), found.Date?.DayNumber);
                break;
            default:
                Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), found.Date!.ToDateOnly(2000));
                break;
        }
    }

    public static TheoryData<string> NotTimes => new()
    {
        "version 1.2.3", "the ratio was 3:1 at peak", "99.9% uptime", "port 8080", "HTTP 502", "in 2023",
        "25:00", "10:75", "1/2 of users", "", "no time here",
    };

    [Theory]
    [MemberData(nameof(NotTimes))]
    public void Ignores_numbers_that_are_not_times(string input) => Assert.Null(TimeExpressions.FindFirst(input));

    [Fact]
    public void Parse_accepts_a_whole_expression_and_refuses_extra_text()
    {
        Assert.True(TimeExpressions.Parse("10:45 AM PST").Success);
        var bad = TimeExpressions.Parse("10:45 and then some");
        Assert.False(bad.Success);
        Assert.Contains("unexpected text", bad.Error, StringComparison.Ordinal);
        Assert.False(TimeExpressions.Parse("soon").Success);
    }

    [Fact]
    public void Finds_every_time_in_a_sentence()
    {
        var all = TimeExpressions.FindAll("From 6:26 PM to 7:58 PM PT, requests failed.").ToList();
        Assert.Equal(2, all.Count);
        Assert.Equal(new TimeOnly(18, 26), all[0].Time);
        Assert.Equal("PT", all[1].Zone?.Text);
    }
}
