using Debrief.Elements;
using Debrief.Model;
using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

/// <summary>Shapes real documents take, each in a few lines.</summary>
public sealed class MessyDocumentTests
{
    [Theory]
    [InlineData("#Timeline\n- 10:00 - a\n", SectionKind.Timeline)]
    [InlineData("###Root cause\ntext\n", SectionKind.RootCause)]
    [InlineData("* Root cause and resolution must contain:\n\n  text\n", SectionKind.RootCauseAndResolution)]
    [InlineData("**Timeline**\n\n- 10:00 - a\n", SectionKind.Timeline)]
    [InlineData("<h3>Corrective Measures</h3>\n", SectionKind.Measures)]
    [InlineData("## 🛠️ 4. Corrective & Preventive Measures\n", SectionKind.Measures)]
    [InlineData("<h1> Issue Symmary: </h1>\n", SectionKind.Summary)]
    [InlineData("Intro line.\n\nTimeline:\n10:00 - a\n", SectionKind.Timeline)]
    [InlineData("# h2 Timeline (All in Greenwich Mean Time)\n", SectionKind.Timeline)]
    public void Headings_in_every_form_are_recognised(string text, SectionKind kind) =>
        Assert.Contains(PostmortemParser.Parse(text).Sections, s => s.Kind == kind);

    [Fact]
    public void A_label_after_a_list_is_a_heading_not_a_lazy_continuation()
    {
        var pm = PostmortemParser.Parse("Issue Summary:\n- Duration: 1 hour\nRoot Cause:\nA bad config.\nTimeline:\n- 10:00 - a\n- 10:05 - b\n- 10:10 - c\n");
        Assert.Contains(pm.Sections, s => s is { Kind: SectionKind.RootCause, HeadingLine: 3 });
        Assert.Contains(pm.Sections, s => s is { Kind: SectionKind.Timeline, HeadingLine: 5 });
        Assert.Equal("A bad config.", pm.Summary.RootCause?.Value);
    }

    [Fact]
    public void Entries_run_together_on_one_line_are_split()
    {
        var pm = PostmortemParser.Parse("## Timeline\n\n12:00pm EAT: Issue was detected. 12:06pm EAT: Checked headers with curl. 12:16pm EAT: Service was restored.\n");
        Assert.Equal(3, pm.Timeline.Count);
        Assert.Equal("Checked headers with curl.", pm.Timeline[1].Text);
        Assert.Equal(TimelineEntryKind.Resolution, pm.Timeline[2].Kind);
    }

    [Fact]
    public void A_bare_time_takes_its_label_from_the_line_above()
    {
        var pm = PostmortemParser.Parse("**Timeline:**\n- **Detection Time:**\n  - March 11, 2024, 10:15 AM (UTC)\n");
        var entry = Assert.Single(pm.Timeline);
        Assert.Equal("Detection Time", entry.Text);
        Assert.Equal(TimelineEntryKind.Detection, entry.Kind);
    }

    [Theory]
    [InlineData("- Patching the load balancer configuration.")]
    [InlineData("- Configuring alerts on disk usage.")]
    [InlineData("-Optimize all database queries.")]
    [InlineData("- [ ] make it better")]
    [InlineData("- Add monitoring on server memory")]
    public void Specific_tasks_are_recognised(string item)
    {
        var pm = PostmortemParser.Parse($"## Corrective and preventative measures\n\n{item}\n");
        Assert.Single(pm.ActionItems);
    }

    [Fact]
    public void Items_under_a_tasks_heading_are_tasks_whatever_their_wording()
    {
        var pm = PostmortemParser.Parse("## Corrective measures\n\n- **Tasks:**\n  - With great care, I pledge to review the configuration.\n");
        Assert.Single(pm.ActionItems);
    }

    [Fact]
    public void Broad_statements_are_improvements_not_tasks()
    {
        var pm = PostmortemParser.Parse("## Corrective measures\n\nWe must get better at testing configuration changes.\n");
        Assert.Empty(pm.ActionItems);
        Assert.Single(pm.Improvements);
    }

    [Fact]
    public void Without_a_timeline_the_story_in_a_narrative_section_still_counts()
    {
        var pm = PostmortemParser.Parse("# Postmortem\n\nThe site was down.\n\n## Debugging Process\n\n1. Checked the running processes.\n2. Restarted Apache; the site was back to normal.\n");
        var report = ElementDetector.Detect(pm);
        Assert.False(report[ElementKeys.Timeline].Found);
        Assert.True(report[ElementKeys.TimelineActions].Found);
        Assert.True(report[ElementKeys.TimelineResolution].Found);
    }

    [Fact]
    public void Placeholders_are_not_evidence()
    {
        var pm = PostmortemParser.Parse("## Issue Summary\n\n**Impact:** TODO who was affected.\n\n## Timeline\n\n- 10:00 - TODO detected\n- 10:05 - TODO escalated\n- 10:10 - TODO resolved\n");
        var report = ElementDetector.Detect(pm);
        Assert.False(report[ElementKeys.SummaryImpact].Found);
        Assert.False(report[ElementKeys.TimelineEscalation].Found);
        Assert.False(report[ElementKeys.TimelineResolution].Found);
    }

    [Fact]
    public void Cause_and_fix_in_one_paragraph_are_told_apart_by_sentence()
    {
        var pm = PostmortemParser.Parse("## Root cause and resolution\n\nThe disk filled up because logs were not rotated. We fixed it by enabling logrotate.\n");
        Assert.Equal("The disk filled up because logs were not rotated.", pm.RootCause.Cause?.Value);
        Assert.Equal("We fixed it by enabling logrotate.", pm.RootCause.Resolution?.Value);
        Assert.Equal(3, pm.RootCause.Resolution?.Span.Line);
    }

    [Fact]
    public void A_section_heading_is_not_a_field_of_its_own_section()
    {
        var pm = PostmortemParser.Parse("**Root Cause and Resolution:**\n* **Root Cause:** A typo.\n* **Resolution:** Fixed the typo.\n");
        Assert.Equal("A typo.", pm.RootCause.Cause?.Value);
        Assert.Equal("Fixed the typo.", pm.RootCause.Resolution?.Value);
    }
}
