// Times are placed once: show (JSON), lint (DB010) and render agree on each fixture of Fixtures/times, and no output
// prints a year (or a placeholder date) the document does not give.
using System.Text.Json;
using System.Text.RegularExpressions;
using Debrief.Elements;
using Debrief.Json;
using Debrief.Linting;
using Debrief.Model;
using Debrief.Parsing;
using Debrief.Rendering;
using Debrief.Tests.Linting;

namespace Debrief.Tests.Parsing;

public sealed partial class TimesAgreementTests
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "times");

    private sealed record Outputs(string Source, Postmortem Document, JsonElement Json, LintResult Lint, string Html)
    {
        /// <summary>What the page writes itself (card and diagrams), as text: the document body is the author's.</summary>
        public string PageText => Tags().Replace(Html.Split("<article class=\"doc\"")[0].Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), " ");

        /// <summary>The card's text, tags removed and spaces collapsed (the window's ends sit in &lt;time&gt; elements).</summary>
        public string Card => Regex.Replace(Tags().Replace(Html[Html.IndexOf("id=\"debrief-summary\"", StringComparison.Ordinal)..Html.IndexOf("</header>", StringComparison.Ordinal)], " "), @"[ \t]+", " ");

        public int LineOf(string text) => Array.FindIndex(Source.Split('\n'), l => l.Contains(text, StringComparison.Ordinal)) + 1;
    }

    private static Outputs Run(string name)
    {
        var source = File.ReadAllText(Path.Combine(Dir, name));
        var document = PostmortemParser.Parse(source, name);
        var json = JsonDocument.Parse(DebriefJson.Write(PostmortemJson.From(document, ElementDetector.Detect(document)))).RootElement.Clone();
        var lint = RuleExamplesTests.LintText(source, "brief", name);
        var html = new HtmlRenderer().Render(document);
        return new Outputs(source, document, json, lint, html);
    }

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Dir, "*.md").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>The lines <c>show --format json</c> places earlier than the entry before them in their timeline.</summary>
    private static List<int> ShownBackwards(JsonElement json)
    {
        var lines = new List<int>();
        (int Group, double Minutes)? previous = null;
        foreach (var e in json.GetProperty("timeline").EnumerateArray())
        {
            if (e.GetProperty("group").ValueKind == JsonValueKind.Null) continue;
            var current = (e.GetProperty("group").GetInt32(), e.GetProperty("axis_minutes").GetDouble());
            if (previous is { } p && p.Group == current.Item1 && current.Item2 < p.Minutes)
                lines.Add(e.GetProperty("line").GetInt32());
            previous = current;
        }
        return lines;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void An_entry_show_places_earlier_than_its_predecessor_is_exactly_a_DB010_finding(string name)
    {
        var o = Run(name);
        var db010 = o.Lint.Diagnostics.Where(d => d.Rule == "DB010").Select(d => d.Line).Order().ToList();
        Assert.Equal(ShownBackwards(o.Json), db010);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void No_output_prints_a_year_the_document_does_not_give(string name)
    {
        var o = Run(name);
        var written = Year().Matches(o.Source).Select(m => m.Value).ToHashSet();
        var printed = PrintedYear().Matches(o.Json.GetRawText() + " " + o.PageText)
            .Select(m => m.Groups["iso"].Success ? m.Groups["iso"].Value : m.Groups["y"].Value).Where(y => !written.Contains(y)).Distinct().ToList();
        Assert.True(printed.Count == 0, $"{name}: printed years {string.Join(", ", printed)} the document does not give");
        Assert.DoesNotContain("0001", o.Json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_timeline_crossing_midnight_is_placed_alike_in_show_lint_and_render()
    {
        var o = Run("undated-midnight.md");
        var timeline = o.Json.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal([0, 0, 1, 1], timeline.Select(e => e.GetProperty("day").GetInt32()));
        Assert.All(timeline, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("date").ValueKind));
        Assert.All(timeline, e => Assert.Equal("none", e.GetProperty("date_source").GetString()));
        Assert.Equal("04:00", timeline[2].GetProperty("local_time").GetString());
        Assert.DoesNotContain(o.Lint.Diagnostics, d => d.Rule == "DB010");
        // The page: the window from the timeline, undated, 12 hours; the diagram in the same order as show.
        Assert.Contains("17:00 – 05:00 (no date given", o.Card, StringComparison.Ordinal);
        Assert.Contains("12 h", o.Card, StringComparison.Ordinal);
        // Machine-readable: an undated end is a time of day (no invented date even in the attribute), the duration ISO 8601.
        Assert.Contains("<time datetime=\"17:00\">17:00</time> – <time datetime=\"05:00\">05:00</time>", o.Html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"PT12H\">12 h</time>", o.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan", o.PageText, StringComparison.Ordinal);
        var desc = DescRegex().Match(o.Html).Groups[1].Value;
        desc = desc[desc.IndexOf("timeline events:", StringComparison.Ordinal)..];
        Assert.True(desc.IndexOf("16:30", StringComparison.Ordinal) < desc.IndexOf("17:00 detection", StringComparison.Ordinal)
                    && desc.IndexOf("17:00 detection", StringComparison.Ordinal) < desc.IndexOf("04:00", StringComparison.Ordinal)
                    && desc.IndexOf("04:00", StringComparison.Ordinal) < desc.IndexOf("05:00", StringComparison.Ordinal), desc);
    }

    [Fact]
    public void An_undated_summary_has_no_date_in_show_and_on_the_page()
    {
        var o = Run("undated-summary.md");
        var start = o.Json.GetProperty("summary").GetProperty("start").GetProperty("value");
        Assert.Equal("21:30", start.GetProperty("local_time").GetString());
        Assert.Equal(JsonValueKind.Null, start.GetProperty("date").ValueKind);
        Assert.Equal("none", start.GetProperty("date_source").GetString());
        Assert.Equal("+00:00", start.GetProperty("offset").GetString());
        Assert.Equal(JsonValueKind.Null, start.GetProperty("time").ValueKind);
        Assert.Contains("21:30 – 23:00 UTC (no date given)", o.Card, StringComparison.Ordinal);
        Assert.DoesNotContain("2000", o.Json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("2000", o.PageText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_date_without_a_year_keeps_its_month_and_day_only()
    {
        var o = Run("yearless-summary.md");
        var start = o.Json.GetProperty("summary").GetProperty("start").GetProperty("value");
        Assert.Equal("--06-05", start.GetProperty("date").GetString());
        Assert.Equal("written", start.GetProperty("date_source").GetString());
        var first = o.Json.GetProperty("timeline")[0];
        Assert.Equal("--06-05", first.GetProperty("date").GetString());
        Assert.Equal("context", first.GetProperty("date_source").GetString());
        // No year, and no weekday (it would depend on the year).
        Assert.Contains("5 Jun, 21:30 – 23:00 UTC", o.Card, StringComparison.Ordinal);
        Assert.DoesNotMatch(Weekday(), o.PageText);
    }

    [Fact]
    public void An_undated_timeline_is_not_put_on_the_first_day_of_the_calendar()
    {
        var o = Run("undated-timeline.md");
        Assert.All(o.Document.Timeline, e => Assert.Null(e.Placed.Date));
        Assert.Contains("10:05 – 10:40 UTC (no date given)", o.Card, StringComparison.Ordinal);
        Assert.DoesNotContain("0001", o.PageText, StringComparison.Ordinal);
        Assert.DoesNotMatch(Weekday(), o.PageText);
    }

    [Fact]
    public void A_timeline_that_really_runs_backwards_is_DB010_and_a_midnight_crossing_is_not()
    {
        var o = Run("backwards.md");
        var finding = Assert.Single(o.Lint.Diagnostics, d => d.Rule == "DB010");
        Assert.Equal(o.LineOf("08:15 - Rolled back"), finding.Line);
        // 22:10 then 08:45 crossed midnight; "Day 3, 08:00" is two days later, not a step back.
        Assert.Equal([0, 0, 1, 1, 2], o.Json.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("day").GetInt32()));
        Assert.Equal([o.LineOf("08:15 - Rolled back")], ShownBackwards(o.Json));
        Assert.DoesNotContain("Jan", finding.Message, StringComparison.Ordinal); // no placeholder date in the message
    }

    [Fact]
    public void The_midnight_rule_is_one_function()
    {
        var evening = new DateTime(2000, 1, 1, 17, 0, 0);
        Assert.Equal(evening.AddHours(11), TimePlacement.FollowMidnight(evening, TimeSpan.FromHours(4), rangeEnd: false)); // 13 h earlier: next day
        Assert.Equal(evening.AddHours(-1), TimePlacement.FollowMidnight(evening, TimeSpan.FromHours(16), rangeEnd: false)); // a step back
        Assert.Equal(evening.AddHours(23), TimePlacement.FollowMidnight(evening, TimeSpan.FromHours(16), rangeEnd: true)); // a range's end follows its start
    }

    [GeneratedRegex(@"(?<![0-9])(?:0001|1[89][0-9]{2}|20[0-9]{2})(?![0-9])")]
    private static partial Regex Year();

    /// <summary>A year as an output writes one: an ISO date ("2000-06-05T21:30"), or after a month ("Sat 1 Jan 2000").</summary>
    [GeneratedRegex(@"(?<![0-9])(?<iso>[0-9]{4})-[0-9]{2}-[0-9]{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?,?\s+)?(?<y>[0-9]{4})(?![0-9])")]
    private static partial Regex PrintedYear();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"<desc id=""debrief-tl-desc"">([^<]*)</desc>")]
    private static partial Regex DescRegex();
}
