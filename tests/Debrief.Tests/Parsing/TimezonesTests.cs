using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

public sealed class TimezonesTests
{
    // input, offset in minutes (null = depends on the date), ambiguous
    public static TheoryData<string, int?, bool> Forms => new()
    {
        { "UTC", 0, false }, { "GMT", 0, false }, { "(UTC)", 0, false }, { "(PST)", -480, false }, { "PST", -480, false },
        { "PDT", -420, false }, { "EST", -300, false }, { "EDT", -240, false }, { "CET", 60, false }, { "CEST", 120, false },
        { "EAT", 180, false }, { "WAT", 60, false }, { "CAT", 120, false }, { "SAST", 120, false }, { "BST", 60, true },
        { "IST", 330, true }, { "CST", -360, true }, { "PT", -480, true }, { "ET", -300, true }, { "JST", 540, false },
        { "AEST", 600, false }, { "GMT+1", 60, false }, { "GMT+3", 180, false }, { "GMT -5", -300, false }, { "UTC+01:00", 60, false },
        { "UTC-05:00", -300, false }, { "UTC+5:30", 330, false }, { "UTC−3", -180, false }, { "GMT+0100", 60, false },
        { "Pacific Time", -480, true }, { "Pacific Standard Time", -480, false }, { "Greenwich Mean Time", 0, false },
        { "East Africa Time", 180, false }, { "West African Time", 60, false }, { "Central African Time", 120, false },
        { "Eastern Time", -300, true }, { "Coordinated Universal Time", 0, false }, { "Europe/Paris", null, false },
        { "America/New_York", null, false }, { "Africa/Nairobi", null, false },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Parses_abbreviations_offsets_names_and_zone_ids(string input, int? minutes, bool ambiguous)
    {
        var r = Timezones.Parse(input);
        Assert.True(r.Success, r.Error);
        if (minutes is { } m) Assert.Equal(TimeSpan.FromMinutes(m), r.Value.Offset);
        else Assert.NotNull(r.Value.IanaId);
        Assert.Equal(ambiguous, r.Value.IsAmbiguous);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("utc+99")]
    [InlineData("")]
    [InlineData("Mars/Olympus")]
    public void Refuses_unknown_zones_with_a_reason(string input)
    {
        var r = Timezones.Parse(input);
        Assert.False(r.Success);
        Assert.NotNull(r.Error);
    }

    [Fact]
    public void Iana_zone_offset_depends_on_the_date()
    {
        var paris = Timezones.Parse("Europe/Paris").Value;
        Assert.Equal(TimeSpan.FromHours(1), paris.OffsetAt(new DateTime(2024, 1, 15, 12, 0, 0)));
        Assert.Equal(TimeSpan.FromHours(2), paris.OffsetAt(new DateTime(2024, 7, 15, 12, 0, 0)));
    }

    [Theory]
    [InlineData("Timeline (all times in GMT)", "GMT")]
    [InlineData("All times are UTC.", "UTC")]
    [InlineData("Timeline (All in Greenwich Mean Time)", "Greenwich Mean Time")]
    [InlineData("Timeline(all times pacific Time):", "pacific Time")]
    [InlineData("The outage lasted from 9:00 to 10:00 (GMT+1) today", "GMT+1")]
    public void Finds_a_zone_stated_in_prose(string text, string expected) =>
        Assert.Equal(expected, Timezones.FindFirst(text)?.Zone.Text);

    [Fact]
    public void Lowercase_words_are_not_abbreviations() => Assert.Null(Timezones.FindFirst("we set the cat and the est value"));

    [Fact]
    public void The_table_is_loaded_from_the_vocabulary_file() =>
        Assert.True(Timezones.Abbreviations.Count >= 40);
}
