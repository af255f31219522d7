// `debrief analyze` end to end: summary, JSON report, atomic output file, bad input, and inputs that are streams (FIFO, process substitution, stdin).
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

    /// <summary>Runs a bash script with a `debrief` function that runs the built CLI, killing it (and failing) when it takes longer than
    /// <paramref name="seconds"/>: reading a FIFO twice hangs, and a hang must fail the test, not the run.</summary>
    internal static CliResult Shell(string dir, string script, int seconds = 90)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new System.Diagnostics.ProcessStartInfo("bash")
        {
            WorkingDirectory = dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("set -o pipefail\ndebrief() { \"$DEBRIEF_DOTNET\" \"$DEBRIEF_DLL\" \"$@\"; }\n" + script);
        start.Environment["DEBRIEF_DOTNET"] = dotnet;
        start.Environment["DEBRIEF_DLL"] = Path.Combine(AppContext.BaseDirectory, "debrief.dll");
        start.Environment["NO_COLOR"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(seconds)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"timed out after {seconds} s (a hang): {script}\nstderr: {stderr.Result}");
        }
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The report without its input list (names differ between a file and a stream of it).</summary>
    private static string WithoutInputs(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("inputs");
        return node.ToJsonString();
    }

    private string FileReport(string log)
    {
        var r = CliHarness.Run("analyze", log, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        return WithoutInputs(r.Stdout);
    }

    [Fact]
    public void A_fifo_is_read_once_and_analysed_like_the_file()
    {
        // before: the FIFO was opened to sniff, closed and opened again: the second open waited for a writer forever
        var log = WriteOutageLog(_dir);
        var r = Shell(_dir, "mkfifo fifo && { cat access.log > fifo & } && debrief analyze fifo --format json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(FileReport(log), WithoutInputs(r.Stdout));
        Assert.Contains("\"path\": \"fifo\"", r.Stdout);
        Assert.Contains("\"format\": \"combined\"", r.Stdout);
    }

    [Fact]
    public void Process_substitution_is_read_once_and_analysed_like_the_file()
    {
        // before: the parallel scan asked the pipe for its length and crashed with a stack trace
        var log = WriteOutageLog(_dir);
        var r = Shell(_dir, "debrief analyze <(cat access.log) --format json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(FileReport(log), WithoutInputs(r.Stdout));
        Assert.DoesNotContain("Exception", r.Stderr);
    }

    [Fact]
    public void Gzip_through_process_substitution_is_decompressed()
    {
        // before: the magic bytes were read from the pipe by one open and the sniffing open saw the rest: "empty", exit 0
        var log = WriteOutageLog(_dir);
        var r = Shell(_dir, "debrief analyze <(gzip -c access.log) <(cat deploys.csv) --format json");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var inputs = doc.RootElement.GetProperty("inputs");
        Assert.Equal("combined", inputs[0].GetProperty("format").GetString());
        Assert.Equal(7200, inputs[0].GetProperty("lines").GetInt64());
        Assert.Equal("deploys", inputs[1].GetProperty("format").GetString());
        Assert.Equal("2025-03-14T13:00:00+01:00", doc.RootElement.GetProperty("incidents")[0].GetProperty("start").GetString());
        Assert.NotNull(log);
    }

    [Fact]
    public void Stdin_as_dev_stdin_and_as_dash_is_analysed_like_the_file()
    {
        // before: /dev/stdin from a pipe crashed like process substitution; "-" (gzip too) already worked and must keep working
        var log = WriteOutageLog(_dir);
        var expected = FileReport(log);
        var devStdin = Shell(_dir, "cat access.log | debrief analyze /dev/stdin --format json");
        Assert.True(devStdin.ExitCode == 0, devStdin.Stderr);
        Assert.Equal(expected, WithoutInputs(devStdin.Stdout));
        var dash = Shell(_dir, "gzip -c access.log | debrief analyze - deploys.csv --format json");
        Assert.True(dash.ExitCode == 0, dash.Stderr);
        using var doc = JsonDocument.Parse(dash.Stdout);
        Assert.Equal("-", doc.RootElement.GetProperty("inputs")[0].GetProperty("path").GetString());
        Assert.Equal("combined", doc.RootElement.GetProperty("inputs")[0].GetProperty("format").GetString());
        Assert.Equal(7200 + 3, doc.RootElement.GetProperty("lines").GetProperty("read").GetInt64());
    }

    [Fact]
    public void Stdin_given_twice_is_an_input_error()
    {
        var r = CliHarness.Run("analyze", "-", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("stdin (-) can be given once", r.Stderr);
    }

    [Theory]
    [InlineData("--interval", "0", "debrief: --interval: expected e.g. 60, 30s, 1m or 5m")]
    [InlineData("--tz", "Mars", "debrief: --tz: expected an offset")]
    [InlineData("--map", "x", "debrief: --map: expected FIELD=NAME")]
    [InlineData("--input-format", "nope", "debrief: --input-format: unknown input format 'nope'")]
    [InlineData("--log-format", "$remote_addr", "debrief: --log-format: the format has no $status")]
    public void An_evidence_option_error_is_labelled_with_its_flag_not_stdin(string option, string value, string expected)
    {
        // before: "debrief: <stdin>: --interval: ..." (every option error was labelled stdin)
        var log = WriteOutageLog(_dir);
        var r = CliHarness.Run("analyze", log, option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith(expected, r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("<stdin>", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_names_the_input_and_the_real_flag()
    {
        var path = Path.Combine(_dir, "x.txt");
        File.WriteAllText(path, "hello\nworld\n");
        var r = CliHarness.Run("analyze", path);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"debrief: {path}: cannot tell the format (first line: \"hello\"); give --input-format (", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("logfmt", r.Stderr, StringComparison.Ordinal);
    }
}
