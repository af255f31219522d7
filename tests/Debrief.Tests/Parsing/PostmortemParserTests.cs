using Debrief.Io;
using Debrief.Model;
using Debrief.Parsing;
using Debrief.Tests.Fixtures;

namespace Debrief.Tests.Parsing;

public sealed class PostmortemParserTests
{
    private static Postmortem Parse(string name) => PostmortemParser.Parse(FixtureFiles.Read(name), name);

    [Fact]
    public void Recognises_the_sections_of_a_brief_postmortem()
    {
        var pm = Parse("brief.md");
        Assert.Equal("Postmortem: Checkout API outage", pm.Title);
        var kinds = pm.Sections.Select(s => s.Kind).ToList();
        Assert.Equal([SectionKind.Title, SectionKind.Summary, SectionKind.Timeline, SectionKind.RootCauseAndResolution, SectionKind.Measures], kinds);
        var timeline = pm.SectionOf(SectionKind.Timeline)!;
        Assert.Equal(11, timeline.HeadingLine);
        Assert.Equal(18, timeline.LastLine);
    }

    [Fact]
    public void Reads_timeline_entries_with_the_summary_date_and_zone()
    {
        var pm = Parse("brief.md");
        Assert.Equal(6, pm.Timeline.Count);
        var first = pm.Timeline[0];
        Assert.Equal("14:05", first.TimeText);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 14, 5, 0, TimeSpan.Zero), first.Placed.Instant);
        Assert.Equal(DateSource.Context, first.Placed.DateSource); // the summary's date
        Assert.Equal(13, first.Span.Line);
        Assert.Equal(TimelineEntryKind.Escalation, pm.Timeline[3].Kind);
        Assert.Equal(TimelineEntryKind.Resolution, pm.Timeline[5].Kind);
    }

    [Fact]
    public void Reads_the_summary_facts()
    {
        var s = Parse("brief.md").Summary;
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 14, 5, 0, TimeSpan.Zero), s.Start!.Value.Instant);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 15, 50, 0, TimeSpan.Zero), s.End!.Value.Instant);
        Assert.Equal(DateSource.Written, s.Start.Value.DateSource);
        Assert.Equal(TimeSpan.FromMinutes(105), s.Duration!.Value);
        Assert.Equal(35, s.AffectedPercentage!.Value);
        Assert.Equal("UTC", s.Timezone!.Value);
        Assert.Contains("502", s.Impact!.Value);
        Assert.Contains("configuration push", s.RootCause!.Value);
    }

    [Fact]
    public void Reads_action_items_with_their_metadata()
    {
        var pm = Parse("brief.md");
        var first = pm.ActionItems[0];
        Assert.Equal("@sam", first.Owner);
        Assert.Equal(new DateOnly(2024, 4, 1), first.Due);
        Assert.Equal("prevent", first.Type);
        Assert.Equal("NET-12", first.Ticket);
        Assert.False(first.Done);
        Assert.Contains(pm.ActionItems, a => a.Text.StartsWith("Patch the deploy tool", StringComparison.Ordinal));
        Assert.Contains(pm.Improvements, i => i.Text.Contains("better validation", StringComparison.Ordinal));
    }

    [Fact]
    public void Front_matter_is_read_and_authoritative()
    {
        var pm = Parse("front-matter.md");
        var fm = pm.FrontMatter!;
        Assert.Equal("INC-42", fm.Id);
        Assert.Equal(["search", "api"], fm.Services);
        Assert.Equal(new DateTimeOffset(2024, 11, 2, 8, 0, 0, TimeSpan.FromHours(1)), fm.Started);
        Assert.Equal(12.5, fm.Impact!.UsersAffectedPct);
        Assert.Equal(TimeSpan.FromMinutes(90), pm.Summary.Duration!.Value);
        Assert.Equal(12.5, pm.Summary.AffectedPercentage!.Value);
        // Front matter lines are not prose.
        Assert.Equal(LineKind.FrontMatter, pm.Lines[2].Kind);
        Assert.Equal(new DateTimeOffset(2024, 11, 2, 8, 7, 0, TimeSpan.FromHours(1)), pm.Timeline[1].Placed.Instant);
    }

    [Fact]
    public void Malformed_front_matter_is_an_input_error_with_its_line()
    {
        var e = Assert.Throws<InputException>(() => PostmortemParser.Parse("---\ntitle: a\nservices: [a, b\n---\n# x\n", "bad.md"));
        Assert.Equal("bad.md", e.InputPath);
        Assert.True(e.Line is >= 2 and <= 4, $"line {e.Line}");
    }

    [Fact]
    public void Unclosed_flow_sequence_inside_a_mapping_is_an_input_error_not_a_crash()
    {
        // Found by the mutation test: YamlDotNet throws InvalidOperationException on this shape.
        const string doc = "---\nimpact:\n  users_affected_pct: 12.5\n [ summary: Search returned empty results.\nauthors: [ana]\n---\n# x\n";
        var e = Assert.Throws<InputException>(() => PostmortemParser.Parse(doc, "bad.md"));
        Assert.StartsWith("front matter is not valid YAML", e.Message, StringComparison.Ordinal);
        Assert.Equal("bad.md", e.InputPath);
    }

    [Fact]
    public void Pasted_plain_text_is_prose_not_code()
    {
        var pm = Parse("plain-text.md");
        Assert.Contains(pm.Sections, s => s.Kind == SectionKind.Timeline && s.HeadingLine == 6);
        Assert.Equal(4, pm.Timeline.Count);
        Assert.Equal(new DateTimeOffset(2024, 6, 3, 9, 10, 0, TimeSpan.FromHours(3)), pm.Timeline[0].Placed.Instant);
        Assert.DoesNotContain(pm.Lines, l => l.Kind == LineKind.Code);
        Assert.InRange(pm.Summary.AffectedPercentage!.Value, 33, 34);
        Assert.Contains(pm.Warnings, w => w.Code == "DBP002");
    }

    [Fact]
    public void Bold_and_html_headings_and_bold_times_are_understood()
    {
        var pm = Parse("bold-html.md");
        Assert.Contains(pm.Sections, s => s is { Kind: SectionKind.Summary, Style: HeadingStyle.Html });
        Assert.Contains(pm.Sections, s => s is { Kind: SectionKind.Timeline, Style: HeadingStyle.BoldParagraph });
        Assert.Contains(pm.Sections, s => s.Kind == SectionKind.RootCauseAndResolution);
        Assert.Contains(pm.Sections, s => s.Kind == SectionKind.Measures);
        Assert.Equal(4, pm.Timeline.Count);
        Assert.Equal(new TimeOnly(10, 0), pm.Timeline[0].Placed.LocalTime);
        Assert.Equal(TimeSpan.FromHours(1), pm.Timeline[0].Placed.Offset);
        Assert.Null(pm.Timeline[0].Placed.Date); // undated: no placeholder date
        Assert.Null(pm.Timeline[0].Placed.Instant);
        Assert.Equal(100, pm.Summary.AffectedPercentage!.Value);
    }

    [Fact]
    public void Multi_day_timelines_cross_midnight_and_follow_day_headings()
    {
        var pm = Parse("multi-day.md");
        var times = pm.Timeline.Select(e => e.Placed.At).ToList();
        Assert.Equal(new TimeOnly(23, 40), pm.Timeline[0].Placed.LocalTime);
        Assert.Equal(times[0].Date.AddDays(1), times[2].Date); // 00:20 is the next day
        Assert.Equal(TimeSpan.Zero, pm.Timeline[0].Placed.Offset); // "all times UTC"
        var day2 = pm.Timeline.Single(e => e.TimeText.Contains("02:10", StringComparison.Ordinal));
        Assert.Equal(times[0].Date.AddDays(1), day2.Placed.At.Date);
        var dated = pm.Timeline.Single(e => e.TimeText == "14h05");
        Assert.Equal(new PlacedDate(2024, 5, 14), dated.Placed.Date);
        Assert.Equal(new TimeOnly(14, 5), dated.Placed.LocalTime);
        Assert.Equal(DateSource.Written, dated.Placed.DateSource);
    }

    [Fact]
    public void Word_count_excludes_front_matter_code_urls_and_markup()
    {
        var pm = PostmortemParser.Parse("---\ntitle: x y z\n---\n# Two words\n\nSee [the docs](https://example.com/a) **now** <b>please</b>.\n\n```\ncode code code\n```\nhttps://example.com/x\n");
        Assert.Equal(7, pm.Words);
    }

    [Fact]
    public void An_empty_document_parses()
    {
        var pm = PostmortemParser.Parse("");
        Assert.Empty(pm.Sections);
        Assert.Equal(0, pm.Words);
    }
}
