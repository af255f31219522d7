// Inputs AFL++ found crashing the document pipeline (fuzz/run.sh), kept as regressions, plus hand-made minimal cases.
using System.Text;
using Debrief.Elements;
using Debrief.Io;
using Debrief.Json;
using Debrief.Pipeline;
using Debrief.Linting.Fixes;
using Debrief.Parsing;
using Debrief.Rendering;

namespace Debrief.Tests;

public sealed class FuzzRegressionTests
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz");

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Dir, "*.input").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    /// <summary>The fuzz target's pipeline, in process: only InputException may escape.</summary>
    private static void Pipeline(string text)
    {
        try
        {
            var analyzed = DocumentPipeline.Analyze(text, null);
            var result = analyzed.Lint!;
            // A rule that throws is reported as an "internal error" finding instead of crashing: still a bug.
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("internal error", StringComparison.Ordinal));
            JsonRoundTrip.AssertShowJsonReadsBack(analyzed.Document, analyzed.Elements);
            var fixedText = FixApplier.Apply(text, result.Diagnostics, out _);
            Assert.DoesNotContain(DocumentPipeline.Analyze(fixedText, null).Lint!.Diagnostics, d => d.Message.StartsWith("internal error", StringComparison.Ordinal));
            Assert.Contains("<html", new HtmlRenderer().Render(analyzed), StringComparison.Ordinal);
        }
        catch (InputException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_found_crash_input_goes_through_the_pipeline(string name)
    {
        var text = new UTF8Encoding(false, false).GetString(File.ReadAllBytes(Path.Combine(Dir, name)));
        Pipeline(text);
    }

    [Fact]
    public void Day_zero_of_an_undated_timeline_is_read_and_drawn()
    {
        var text = "# Replica lag\n\n## Timeline\n\n### Day 0\n\n- 23:55 - Disk usage alert on db-1.\n\n### Day 1\n\n- 00:20 - Replica caught up.\n";
        var doc = PostmortemParser.Parse(text);
        Assert.Equal(2, doc.Timeline.Count);
        Assert.Equal(1, doc.Times.DayOf(doc.Timeline[1].Placed.At) - doc.Times.DayOf(doc.Timeline[0].Placed.At));
        Pipeline(text);
    }

    [Fact]
    public void An_undated_timeline_in_two_zones_renders()
    {
        // The first zone (CST) sets the page's clock; the undated 00:20 UTC entry would fall before year 1 on it.
        Pipeline("# Search outage\n\n## Timeline\n\n- 23:50 CST - Index rebuild started.\n- 00:20 UTC - Alert on search latency.\n- 00:45 UTC - Search recovered.\n");
    }

    [Fact]
    public void An_absurdly_long_duration_is_not_a_duration()
    {
        Assert.Empty(Durations.FindAll("It lasted 99999999999999 days and 5 hours."));
        Pipeline("# X\n\n## Issue Summary\n\nDuration: 1e308 hours, 99999999999999 days.\n");
    }

    [Fact]
    public void An_axis_at_the_edge_of_the_calendar_stays_inside_it()
    {
        var axis = TimeAxis.Cover(DateTime.MinValue, DateTime.MinValue.AddMinutes(1));
        Assert.True(axis.From == DateTime.MinValue && axis.Ticks.Count > 0);
        var late = TimeAxis.Cover(DateTime.MaxValue.AddDays(-3), DateTime.MaxValue);
        Assert.Equal(DateTime.MaxValue, late.To);
    }
}
