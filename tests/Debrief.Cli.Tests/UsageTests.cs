namespace Debrief.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public void Unknown_command_exits_2_with_a_message()
    {
        var r = CliHarness.Run("frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("frobnicate", r.Stderr);
    }

    [Fact]
    public void Version_prints_a_version()
    {
        var r = CliHarness.Run("version");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^debrief \d+\.\d+\.\d+", r.Stdout.Trim());
    }

    [Fact]
    public void Help_lists_commands()
    {
        var r = CliHarness.Run("--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("version", r.Stdout);
    }
}
