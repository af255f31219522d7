using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

public sealed class PercentagesTests
{
    public static TheoryData<string, double> Forms => new()
    {
        { "30%", 30 }, { "30 %", 30 }, { "100%", 100 }, { "0.5%", 0.5 }, { "12,5%", 12.5 }, { "30 percent", 30 },
        { "100 percent", 100 }, { "30 per cent", 30 }, { "78% of our subscribers", 78 }, { "a third of users", 100.0 / 3 },
        { "one third of the users", 100.0 / 3 }, { "two-thirds of customers", 200.0 / 3 }, { "half of the users", 50 },
        { "half of our customers", 50 }, { "a quarter of users", 25 }, { "three quarters of visitors", 75 },
        { "all users", 100 }, { "all of the users", 100 }, { "all our customers", 100 }, { "every user", 100 },
        { "the entire user base", 100 }, { "all incoming requests", 100 }, { "all active users", 100 },
        { "1 in 5 users", 20 }, { "one in four requests", 25 }, { "3 out of 10 users", 30 }, { "a fifth of users", 20 },
        { "a tenth of requests", 10 }, { "none of the users", 0 }, { "85 pct", 85 }, { "Approximately 85% of users", 85 },
        { "affecting 40% of the user base", 40 }, { "all website visitors", 100 }, { "every customer", 100 },
        { "all clients", 100 }, { "half the traffic", 50 }, { "all subscribers", 100 }, { "99.9%", 99.9 },
        { "the whole user base", 100 }, { "20% of users", 20 },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Reads_percentages_in_numbers_and_words(string input, double percent)
    {
        var found = Percentages.FindAll(input).FirstOrDefault();
        Assert.NotNull(found);
        Assert.Equal(percent, found.Percent, 3);
    }

    [Theory]
    [InlineData("all")]
    [InlineData("half")]
    [InlineData("150%")]
    [InlineData("all of a sudden the site went down")]
    [InlineData("port 8080")]
    public void Ignores_what_is_not_a_share_of_users(string input) => Assert.Empty(Percentages.FindAll(input));

    [Fact]
    public void Parse_needs_the_whole_text()
    {
        Assert.Equal(30, Percentages.Parse("30%").Value);
        Assert.False(Percentages.Parse("30% and more").Success);
    }
}
