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
        Assert.Equal(new DateTimeOffset(2019, 10, 21, 1, 38, 0, TimeSpan.Zero), pm.Summary.Start!.Value.Instant);
        Assert.Null(pm.Summary.End);
    }

    [Fact]
    public void An_end_dated_before_the_start_is_not_the_end()
    {
        var pm = Parse("# Outage\n\n## Issue Summary\n\nOn 2024-05-12 10:00 UTC the API went down. The bad config had been merged on 2024-05-11 16:00 UTC.\n");
        Assert.NotNull(pm.Summary.Start);
        Assert.Null(pm.Summary.End);
    }

    [Fact]
    public void The_end_may_come_from_the_next_sentence()
    {
        var pm = Parse("# Outage\n\n## Issue Summary\n\nOn April 13, 2022 at 12:00 EAT the web server went offline. At 12:16 EAT, service was restored.\n");
        Assert.Equal(new TimeOnly(12, 16), pm.Summary.End!.Value.LocalTime);
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
    public void An_additional_stretch_of_outage_is_still_a_duration()
    {
        var pm = Parse("# Outage\n\n## Summary\n\nThe issue persisted for an additional two days until the missing deployment was completed.\n");
        Assert.Equal(TimeSpan.FromDays(2), pm.Summary.Duration!.Value);
    }

    [Fact]
    public void A_stated_outage_length_is_still_read()
    {
        var pm = Parse("# Outage\n\n## Summary\n\nThe outage lasted 47 minutes, during which nothing could merge.\n");
        Assert.Equal(TimeSpan.FromMinutes(47), pm.Summary.Duration!.Value);
    }

    [Fact]
    public void The_sre_header_sections_after_the_summary_are_part_of_it()
    {
        var pm = Parse("# Search outage\n\n## Status\n\nComplete, action items in progress\n\n## Summary\n\nSearch down for 40 minutes during a traffic surge due to a viral poem.\n\n"
            + "## Impact\n\nEstimated 2M queries lost.\n\n## Root Causes\n\nA file descriptor leak on failed lookups exhausted the servers under load.\n\n## Trigger\n\nA traffic surge.\n\n## Action Items\n\n- Plug the leak.\n");
        Assert.Contains("file descriptor leak", pm.Summary.RootCause!.Value);
        Assert.Contains("2M queries", pm.Summary.Impact!.Value);
        Assert.Equal(TimeSpan.FromMinutes(40), pm.Summary.Duration!.Value);
    }

    [Fact]
    public void The_lede_under_the_title_counts_after_the_summary_section()
    {
        var pm = Parse("# SDK bug - October 3, 2025\n\nOn October 3 a compatibility break caused exceptions. The issue lasted 5 hours and 26 minutes.\n\n"
            + "## Summary\n\nA dependency on a newer class broke older clients.\n\n## Timeline\n\n- 10:45 - Deployed.\n");
        Assert.Equal(TimeSpan.FromMinutes(326), pm.Summary.Duration!.Value);
    }

    [Fact]
    public void Empty_template_headings_are_not_summary_facts()
    {
        var pm = Parse("# Template\n\n### Summary\n\n### Impact\n\n### Root cause and mitigation\n\n### Next steps\n");
        Assert.Null(pm.Summary.Impact);
        Assert.Null(pm.Summary.RootCause);
    }

    [Theory]
    [InlineData("From 6PM to 7PM GMT, requests to our servers were receiving 403 errors.")]
    [InlineData("Also known as a postmortem, this report covers the outage.")]
    [InlineData("The outage started at 8:00 AM and users saw errors.")]
    [InlineData("About 3.7M failed requests during the outage.")]
    public void Words_and_capitals_that_look_like_units_are_not_durations(string text) =>
        Assert.Empty(Durations.FindAll(text));

    [Theory]
    [InlineData("down for 1h30m", 90)]
    [InlineData("a 45 s blip", 0.75)]
    [InlineData("an hour", 60)]
    public void One_letter_units_still_follow_digits(string text, double minutes) =>
        Assert.Equal(minutes, Durations.FindAll(text).Single().Duration.TotalMinutes, 3);

    [Theory]
    [InlineData("* [08:57] @sam notices that required statuses are still blocking every pull request")]
    [InlineData("- 08:57 - The on-call engineer spots a spike in 502s on the dashboard")]
    public void Detection_in_the_present_tense_is_detection(string entry)
    {
        var pm = Parse($"# Merge queue stuck\n\n## Timeline\n\nAll times in PST.\n\n* [08:47] A deploy starts.\n{entry}\n* [09:34] Prow is confirmed to be functional.\n");
        var report = Debrief.Elements.ElementDetector.Detect(pm);
        Assert.True(report[ElementKeys.TimelineDetectedAt].Found, report[ElementKeys.TimelineDetectedAt].Text);
        Assert.Equal(8, report[ElementKeys.TimelineDetectedAt].Line);
    }

    [Theory]
    [InlineData("Why did it happen?", SectionKind.RootCause)]
    [InlineData("How did this happen?", SectionKind.RootCause)]
    [InlineData("How are we preventing it from happening again?", SectionKind.Measures)]
    [InlineData("What is being done about this?", SectionKind.Measures)]
    public void Question_headings_of_industry_postmortems_name_their_part(string heading, SectionKind kind) =>
        Assert.Equal(kind, HeadingClassifier.Classify(heading).Kind);

    [Fact]
    public void Midnight_and_noon_are_times_of_day()
    {
        var pm = Parse("# Outage\n\n## Issue Summary\n\nThe outage lasted 3 hours, commencing at midnight and concluding at 3:00 AM (SAST).\n\n"
            + "## Timeline\n\n- **Midnight (SAST):** I detected a surge in error rates through a monitoring alert.\n- **12:15 AM:** I notified the team.\n- **3:00 AM:** Fixed the Apache configuration.\n");
        Assert.Equal(TimeOnly.MinValue, pm.Summary.Start!.Value.LocalTime);
        Assert.Equal(new TimeOnly(3, 0), pm.Summary.End!.Value.LocalTime);
        Assert.Equal(3, pm.Timeline.Count);
        Assert.Equal(new TimeOnly(12, 0), TimeExpressions.FindFirst("back up at noon")!.Time);
    }
}
