// `debrief draft` end to end: the draft and chart are written, relative image link, no incident means no file.
namespace Debrief.Cli.Tests;

public sealed class DraftCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("debrief-draft-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Writes_the_draft_and_the_chart()
    {
        var log = AnalyzeCommandTests.WriteOutageLog(_dir);
        var draft = Path.Combine(_dir, "postmortem.md");
        var chart = Path.Combine(_dir, "img", "impact.svg");
        Directory.CreateDirectory(Path.Combine(_dir, "img"));
        var r = CliHarness.Run("draft", log, Path.Combine(_dir, "deploys.csv"), "-o", draft, "--chart", chart);
        Assert.Equal(0, r.ExitCode);
        var text = File.ReadAllText(draft);
        Assert.Contains("started: 2025-03-14T13:00:00+01:00", text);
        Assert.Contains("ended: 2025-03-14T13:20:00+01:00", text);
        Assert.Contains("](img/impact.svg)", text);
        Assert.Contains("## Timeline", text);
        Assert.Contains("- 12:57 UTC+01:00 - Deploy shop-api v2", text);
        Assert.StartsWith("<svg", File.ReadAllText(chart));
    }

    [Fact]
    public void No_incident_writes_nothing_and_exits_1()
    {
        var log = Path.Combine(_dir, "quiet.log");
        File.WriteAllText(log, string.Concat(Enumerable.Range(0, 600).Select(i =>
            $"10.0.0.{i % 50} - - [14/Mar/2025:12:{i / 60:00}:{i % 60:00} +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"ua\"\n")));
        var draft = Path.Combine(_dir, "postmortem.md");
        var r = CliHarness.Run("draft", log, "-o", draft);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no incident", r.Stderr);
        Assert.False(File.Exists(draft));
    }

    [Fact]
    public void Output_is_required()
    {
        var r = CliHarness.Run("draft", "x.log");
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void Drafts_from_a_process_substitution()
    {
        // the draft reads its evidence the same way as analyze: each input opened once, so a pipe works
        AnalyzeCommandTests.WriteOutageLog(_dir);
        var r = AnalyzeCommandTests.Shell(_dir, "debrief draft <(cat access.log) deploys.csv -o postmortem.md");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var text = File.ReadAllText(Path.Combine(_dir, "postmortem.md"));
        Assert.Contains("started: 2025-03-14T13:00:00+01:00", text);
        Assert.Contains("- 12:57 UTC+01:00 - Deploy shop-api v2", text);
    }
}
