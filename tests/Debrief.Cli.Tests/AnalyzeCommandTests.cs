// `debrief analyze` end to end: summary, JSON report, atomic output file, bad input.
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Debrief.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("debrief-analyze-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static string WriteOutageLog(string dir)
    {
        var sb = new StringBuilder();
        var start = new DateTime(2025, 3, 14, 12, 0, 0);
        for (var m = 0; m < 120; m++)
            for (var i = 0; i < 60; i++)
            {
                var status = m is >= 60 and < 80 && i % 2 == 0 ? 502 : 200;
                sb.Append(CultureInfo.InvariantCulture, $"10.0.0.{(m * 60 + i) % 200} - - [{start.AddMinutes(m).AddSeconds(i):dd/MMM/yyyy:HH:mm:ss} +0100] \"GET /api/cart HTTP/1.1\" {status} 10 \"-\" \"ua\"\n");
            }
        var path = Path.Combine(dir, "access.log");
        File.WriteAllText(path, sb.ToString());
        File.WriteAllText(Path.Combine(dir, "deploys.csv"), "time,service,version,author,description\n2025-03-14T12:57:00+01:00,shop-api,v2,chen,New pool\n2025-03-14T13:18:00+01:00,shop-api,v1,gus,Rollback to v1\n");
        return path;
    }

    [Fact]
    public void Json_report_has_incidents_and_lines()
    {
        var log = WriteOutageLog(_dir);
        var r = CliHarness.Run("analyze", log, Path.Combine(_dir, "deploys.csv"), "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var incident = doc.RootElement.GetProperty("incidents")[0];
        Assert.Equal("2025-03-14T13:00:00+01:00", incident.GetProperty("start").GetString());
        Assert.Equal("2025-03-14T13:20:00+01:00", incident.GetProperty("end").GetString());
        Assert.False(incident.GetProperty("ongoing").GetBoolean());
        Assert.Equal(50, incident.GetProperty("impact").GetProperty("requests_failed_pct").GetDouble());
        Assert.Equal(7200 + 3, doc.RootElement.GetProperty("lines").GetProperty("read").GetInt64());
        Assert.Equal(0, doc.RootElement.GetProperty("lines").GetProperty("malformed").GetInt64());
        var kinds = incident.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("suspected_trigger", kinds);
        Assert.Contains("mitigation", kinds);
    }

    [Fact]
    public void Text_summary_shows_the_table_and_chart()
    {
        var log = WriteOutageLog(_dir);
        var r = CliHarness.Run("analyze", log);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("2025-03-14 13:00", r.Stdout);
        Assert.Contains("50% of 1,200", r.Stdout);
        Assert.Contains("requests  ", r.Stdout);
        Assert.Contains("^", r.Stdout);
    }

    [Fact]
    public void Output_file_is_written()
    {
        var log = WriteOutageLog(_dir);
        var output = Path.Combine(_dir, "report.json");
        var r = CliHarness.Run("analyze", log, "--format", "json", "-o", output);
        Assert.Equal(0, r.ExitCode);
        Assert.Empty(r.Stdout);
        Assert.StartsWith("{", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Missing_input_exits_2_with_the_path()
    {
        var r = CliHarness.Run("analyze", Path.Combine(_dir, "nope.log"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nope.log", r.Stderr);
    }

    [Fact]
    public void Unknown_format_exits_2()
    {
        var path = Path.Combine(_dir, "x.txt");
        File.WriteAllText(path, "hello\nworld\n");
        var r = CliHarness.Run("analyze", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("cannot tell the format", r.Stderr);
    }
}
