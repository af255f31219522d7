// `debrief --version` and `debrief version`: "debrief X.Y.Z (commit abc1234)", the commit "unknown" when the build had no git.
using Debrief.Cli.Commands;

namespace Debrief.Cli.Tests;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class VersionTests
{
    private const string Shape = @"^debrief \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)? \(commit ([0-9a-f]{7}|unknown)\)$";

    [Fact]
    public void Version_option_prints_version_and_commit()
    {
        var r = CliHarness.Run("--version");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(Shape, r.Stdout.TrimEnd('\n'));
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Version_command_prints_the_same_line()
    {
        Assert.Equal(CliHarness.Run("--version").Stdout, CliHarness.Run("version").Stdout);
    }

    [Fact]
    public void Built_from_this_checkout_the_commit_is_head()
    {
        // The tests are built from this git checkout, so Source Link stamped its HEAD into the informational version.
        var head = ShellRun.Run(ShellRun.RepoRoot(), null, "git", "rev-parse", "--short=7", "HEAD");
        Assert.True(head.ExitCode == 0, "git rev-parse failed: " + head.Stderr);
        Assert.Contains($"(commit {head.Stdout.Trim()})", CliHarness.Run("--version").Stdout);
    }

    [Theory]
    [InlineData("0.2.0+66c463e7ebed0e789ce849f43e93b8394190c0c5", "debrief 0.2.0 (commit 66c463e)")]
    [InlineData("0.2.0", "debrief 0.2.0 (commit unknown)")]
    [InlineData("1.0.0-beta.1+ABCDEF0123", "debrief 1.0.0-beta.1 (commit abcdef0)")]
    [InlineData("0.2.0+local", "debrief 0.2.0 (commit unknown)")]
    public void Informational_version_is_formatted(string informational, string line)
    {
        Assert.Equal(line, VersionCommand.Format(informational));
    }
}
