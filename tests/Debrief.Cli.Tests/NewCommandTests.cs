using Debrief.Io;
using Debrief.Parsing;

namespace Debrief.Cli.Tests;

public sealed class NewCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("debrief-new-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_a_filled_brief_template_that_parses()
    {
        var path = Path.Combine(_dir, "pm.md");
        var r = CliHarness.Run("new", path, "--title", "Checkout outage", "--start", "2025-03-01 14:05", "--end", "2025-03-01 15:20", "--timezone", "UTC");
        Assert.Equal(0, r.ExitCode);
        var pm = PostmortemParser.Parse(File.ReadAllText(path), path);
        Assert.Equal("Checkout outage", pm.Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 14, 5, 0, TimeSpan.Zero), pm.FrontMatter!.Started);
        Assert.Equal(TimeSpan.FromMinutes(75), pm.Summary.Duration!.Value);
        Assert.Contains("1 hour and 15 minutes", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Never_overwrites_without_force()
    {
        var path = Path.Combine(_dir, "pm.md");
        File.WriteAllText(path, "keep me");
        var r = CliHarness.Run("new", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("already exists; use --force", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(path));
        Assert.Equal(0, CliHarness.Run("new", path, "--force").ExitCode);
        Assert.NotEqual("keep me", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir)); // no temp file left behind
    }

    [Fact]
    public void Without_a_file_writes_to_standard_output_and_uses_the_profile()
    {
        var r = CliHarness.Run("new", "--profile", "sre", "--title", "Search down");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("## Action Items", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Lessons Learned", r.Stdout, StringComparison.Ordinal);
        var pm = PostmortemParser.Parse(r.Stdout);
        Assert.Equal(3, pm.ActionItems.Count);
    }

    [Theory]
    [InlineData("--start", "yesterday-ish")]
    [InlineData("--timezone", "Mars/Olympus")]
    [InlineData("--profile", "nope")]
    public void Bad_values_are_usage_errors(string option, string value)
    {
        var r = CliHarness.Run("new", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("debrief:", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void End_before_start_is_refused()
    {
        var r = CliHarness.Run("new", "--start", "2025-03-01 14:00", "--end", "2025-03-01 13:00");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--end: ends before --start", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_an_input_error()
    {
        var r = CliHarness.Run("new", Path.Combine(_dir, "no", "such", "pm.md"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("folder does not exist", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_with_a_colon_hash_and_newline_writes_front_matter_that_lint_reads()
    {
        var path = Path.Combine(_dir, "odd.md");
        var r = CliHarness.Run("new", path, "--title", "DB: failover # 2\nsecond line", "--timezone", "UTC");
        Assert.Equal(0, r.ExitCode);
        var lint = CliHarness.Run("lint", path);
        Assert.NotEqual(2, lint.ExitCode);
        Assert.Contains("title: \"DB: failover # 2 second line\"", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
