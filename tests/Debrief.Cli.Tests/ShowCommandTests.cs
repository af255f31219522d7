using System.Text.Json;
using Debrief.Model;

namespace Debrief.Cli.Tests;

public sealed class ShowCommandTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public void Json_has_every_element_key_with_found_line_and_text()
    {
        var r = CliHarness.Run("show", Fixture("brief.md"), "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var elements = doc.RootElement.GetProperty("elements");
        foreach (var key in ElementKeys.All)
        {
            var e = elements.GetProperty(key);
            Assert.True(e.TryGetProperty("found", out _), key);
            Assert.True(e.TryGetProperty("line", out _), key);
            Assert.True(e.TryGetProperty("text", out _), key);
        }
        Assert.True(elements.GetProperty("timeline").GetProperty("found").GetBoolean());
        Assert.Equal(11, elements.GetProperty("timeline").GetProperty("line").GetInt32());
        Assert.True(doc.RootElement.GetProperty("words").GetInt32() > 100);
        Assert.Equal(6, doc.RootElement.GetProperty("timeline").GetArrayLength());
    }

    [Fact]
    public void Text_prints_an_undated_timeline_without_a_date_and_past_midnight_as_the_next_day()
    {
        var r = CliHarness.Run("show", Fixture(Path.Combine("times", "undated-midnight.md")));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Incident: 17:00 – 05:00 (no date given, timezone not stated), 12 h", r.Stdout);
        Assert.Matches(@"line 11\s+04:00 \+1\s", r.Stdout);
        Assert.DoesNotContain("0001", r.Stdout);
        Assert.DoesNotContain("[out of order]", r.Stdout);
    }

    [Fact]
    public void Text_lists_elements_and_sections()
    {
        var r = CliHarness.Run("show", Fixture("brief.md"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("summary.affected_percentage", r.Stdout);
        Assert.Contains("MISSING length", r.Stdout);
        Assert.Contains("Root Cause and Resolution", r.Stdout);
    }

    [Fact]
    public void Missing_file_exits_2_with_a_one_line_message()
    {
        var r = CliHarness.Run("show", "no-such-file.md");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("debrief: no-such-file.md: no such file", r.Stderr.Trim());
    }

    [Fact]
    public void Bad_front_matter_exits_2_with_its_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"debrief-bad-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, "---\ntitle: [unclosed\n---\n# x\n");
        try
        {
            var r = CliHarness.Run("show", path);
            Assert.Equal(2, r.ExitCode);
            Assert.Matches(@"^debrief: .*:\d+: front matter is not valid YAML", r.Stderr.Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_format_is_a_usage_error()
    {
        var r = CliHarness.Run("show", Fixture("brief.md"), "--format", "xml");
        Assert.Equal(2, r.ExitCode);
    }
}
