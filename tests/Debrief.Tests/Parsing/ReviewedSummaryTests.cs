// Summary facts that a corpus review found misread (docs/corpus-review.md); each case is a small document of its own.
using Debrief.Model;
using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

public sealed class ReviewedSummaryTests
{
    private static Postmortem Parse(string text) => PostmortemParser.Parse(text, "review.md");

    [Theory]
    [InlineData("South African Standard Time", 120)]
    [InlineData("South Africa Time", 120)]
    [InlineData("Central European Standard Time", 60)]
    public void Reads_timezone_names_written_with_the_adjective(string name, int minutes)
    {
        var r = Timezones.Parse(name);
        Assert.True(r.Success, r.Error);
        Assert.Equal(TimeSpan.FromMinutes(minutes), r.Value.Offset);
    }

    [Fact]
    public void A_zone_in_words_after_the_end_time_is_the_summary_timezone()
    {
        var pm = Parse("# Outage\n\n## Issue Summary\n\nThe outage lasted 3 hours, from midnight to 3:00 AM (South African Standard Time).\n");
        Assert.NotNull(pm.Summary.Timezone);
    }

    [Fact]
    public void A_time_introduced_with_since_is_not_the_end_of_the_outage()
    {
        var pm = Parse("# Disk full\n\nAt 2019-10-21 01:38 UTC the website went down because the disk was full. Builds were failing\nsince 2019-10-20 00:55 UTC for the same reason.\n\n## Root cause\n\nA directory was never purged.\n");
        Assert.Equal(new DateTime(2019, 10, 21, 1, 38, 0), pm.Summary.LocalStart!.Value);
        Assert.Null(pm.Summary.LocalEnd);
    }

    [Fact]
    public void An_end_dated_before_the_start_is_not_the_end()
    {
        var pm = Parse("# Outage\n\n## Issue Summary\n\nOn 2024-05-12 10:00 UTC the API went down. The bad config had been merged on 2024-05-11 16:00 UTC.\n");
        Assert.NotNull(pm.Summary.LocalStart);
        Assert.Null(pm.Summary.LocalEnd);
    }

    [Fact]
    public void The_end_may_come_from_the_next_sentence()
    {
        var pm = Parse("# Outage\n\n## Issue Summary\n\nOn April 13, 2022 at 12:00 EAT the web server went offline. At 12:16 EAT, service was restored.\n");
        Assert.Equal(new TimeOnly(12, 16), TimeOnly.FromDateTime(pm.Summary.LocalEnd!.Value));
    }

    [Theory]
    [InlineData("To compensate users for this downtime, we will credit all paid plans with an additional twelve days of time.")]
    [InlineData("A user reported that their crate was not available even after 10 minutes since the upload.")]
    public void Time_granted_or_waited_is_not_the_outage_duration(string sentence)
    {
        var pm = Parse($"# Outage\n\n## Summary\n\n{sentence}\n");
        Assert.Null(pm.Summary.Duration);
    }

    [Fact]
    public void A_stated_outage_length_is_still_read()
    {
        var pm = Parse("# Outage\n\n## Summary\n\nThe outage lasted 47 minutes, during which nothing could merge.\n");
        Assert.Equal(TimeSpan.FromMinutes(47), pm.Summary.Duration!.Value);
    }
}
