using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

public sealed class DurationsTests
{
    public static TheoryData<string, double> Forms => new()
    {
        { "2 hours and 15 minutes", 135 }, { "1 hour and 45 minutes", 105 }, { "1 hour and 50 minutes", 110 },
        { "30 mins", 30 }, { "30 minutes", 30 }, { "45-minute", 45 }, { "90 minutes", 90 }, { "2 hours", 120 },
        { "an hour", 60 }, { "one hour", 60 }, { "half an hour", 30 }, { "1.5 hours", 90 }, { "1,5 hours", 90 },
        { "3hrs", 180 }, { "3 hrs", 180 }, { "1h30m", 90 }, { "1h 30m", 90 }, { "2h", 120 }, { "16 minutes", 16 },
        { "two hours", 120 }, { "forty-five minutes", 45 }, { "twenty five minutes", 25 }, { "an hour and a half", 90 },
        { "2 hours, 30 minutes", 150 }, { "1 day", 1440 }, { "2 days", 2880 }, { "1 day and 4 hours", 1680 },
        { "5 hours", 300 }, { "4 hours and 3 minutes", 243 }, { "10 seconds", 1.0 / 6 }, { "a few minutes", 3 },
        { "several hours", 180 }, { "a couple of hours", 120 }, { "20 min", 20 }, { "15 min.", 15 }, { "1 hr", 60 },
        { "twelve hours", 720 }, { "thirty minutes", 30 }, { "2 hours 15 minutes", 135 }, { "1 hour", 60 },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Reads_durations_in_digits_and_words(string input, double minutes)
    {
        var r = Durations.Parse(input);
        Assert.True(r.Success, r.Error);
        Assert.Equal(minutes, r.Value.TotalMinutes, 3);
    }

    [Theory]
    [InlineData("The outage lasted for 1 hour and 45 minutes, starting at 08:30 AM.", 105)]
    [InlineData("Damage was limited to under 3hrs from the time of detection.", 180)]
    [InlineData("**Duration: 30 mins** (13:20pm ~ 13:30pm EAT).", 30)]
    [InlineData("The site was down for approximately 1 hour and 50 minutes, affecting all users.", 110)]
    public void Finds_the_duration_in_a_sentence(string text, double minutes) =>
        Assert.Equal(minutes, Durations.FindAll(text).First().Duration.TotalMinutes, 3);

    [Theory]
    [InlineData("10:45")]
    [InlineData("a lot")]
    [InlineData("3 months")]
    [InlineData("100 hosts")]
    [InlineData("")]
    public void Refuses_what_is_not_a_duration(string input) => Assert.False(Durations.Parse(input).Success);
}
