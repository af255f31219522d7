// The analysis on small synthetic logs: windows, impact, ongoing incidents, quiet and sampled data.
using System.Globalization;
using System.Text;
using Debrief.Evidence;
using Debrief.Json;

namespace Debrief.Tests.Evidence;

public sealed class DetectionTests
{
    /// <summary>Writes a combined log: <paramref name="perMinute"/> requests per minute over <paramref name="minutes"/> minutes,
    /// with a function deciding per (minute, i) whether the request exists and its status.</summary>
    private static string WriteLog(int minutes, Func<int, int, int?> status, int perMinute = 60, int clients = 300, string zone = "+0100")
    {
        var sb = new StringBuilder();
        var start = new DateTime(2025, 3, 14, 12, 0, 0);
        var n = 0;
        for (var m = 0; m < minutes; m++)
            for (var i = 0; i < perMinute; i++)
            {
                if (status(m, i) is not int s)
                    continue;
                var t = start.AddMinutes(m).AddSeconds(i * 60.0 / perMinute);
                sb.Append(CultureInfo.InvariantCulture, $"10.0.{n % clients / 250}.{n % clients % 250} - - [{t:dd/MMM/yyyy:HH:mm:ss} {zone}] \"GET /p{i % 7} HTTP/1.1\" {s} 100 \"-\" \"ua\"\n");
                n++;
            }
        var path = Path.Combine(Path.GetTempPath(), $"debrief-detect-{Guid.NewGuid():N}.log");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static EvidenceReport Analyze(string path, AnalysisOptions? options = null)
    {
        try
        {
            return EvidenceRun.Files([path], options);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_error_burst_is_one_incident_with_exact_window_and_impact()
    {
        // minutes 60-79: every other request fails
        var report = Analyze(WriteLog(120, (m, i) => m is >= 60 and < 80 && i % 2 == 0 ? 502 : 200));
        var incident = Assert.Single(report.Incidents);
        Assert.Equal(DateTimeOffset.Parse("2025-03-14T13:00:00+01:00", CultureInfo.InvariantCulture), incident.Start);
        Assert.Equal(DateTimeOffset.Parse("2025-03-14T13:20:00+01:00", CultureInfo.InvariantCulture), incident.End);
        Assert.Equal(TimeSpan.FromHours(1), incident.Start.Offset);
        Assert.False(incident.Ongoing);
        Assert.Contains("errors", incident.Kinds);
        Assert.Equal(50, incident.Impact.RequestsFailedPct);
        Assert.Equal(20, incident.DurationMinutes);
        Assert.Equal(7200, report.Lines.Read);
    }

    [Fact]
    public void Two_separate_outages_are_reported_separately()
    {
        var report = Analyze(WriteLog(180, (m, i) => (m is >= 40 and < 50 || m is >= 120 and < 135) && i % 3 == 0 ? 503 : 200));
        Assert.Equal(2, report.Incidents.Count);
        Assert.Equal(10, report.Incidents[0].DurationMinutes);
        Assert.Equal(15, report.Incidents[1].DurationMinutes);
    }

    [Fact]
    public void Traffic_that_stops_at_the_end_is_an_ongoing_collapse()
    {
        // normal for 100 minutes, then nothing but one request in the last minute
        var report = Analyze(WriteLog(115, (m, i) => m < 100 || (m == 114 && i == 0) ? 200 : null));
        var incident = Assert.Single(report.Incidents);
        Assert.True(incident.Ongoing);
        Assert.Null(incident.End);
        Assert.Contains("traffic_collapse", incident.Kinds);
        Assert.Equal(DateTimeOffset.Parse("2025-03-14T13:40:00+01:00", CultureInfo.InvariantCulture), incident.Start);
    }

    [Fact]
    public void A_log_sampled_one_minute_per_hour_has_no_outage()
    {
        var report = Analyze(WriteLog(600, (m, i) => m % 60 == 5 ? 200 : null));
        Assert.Empty(report.Incidents);
    }

    [Fact]
    public void Client_errors_are_not_an_outage()
    {
        var report = Analyze(WriteLog(120, (m, i) => m is >= 60 and < 80 && i % 2 == 0 ? 404 : 200));
        Assert.Empty(report.Incidents);
    }

    [Fact]
    public void Clients_affected_counts_clients_with_an_error_among_clients_active_in_the_window()
    {
        // 300 clients round robin, 60 per minute: in the window every client is active; errors only for even request indexes
        var report = Analyze(WriteLog(120, (m, i) => m is >= 60 and < 70 && i % 2 == 0 ? 500 : 200));
        var impact = Assert.Single(report.Incidents).Impact;
        Assert.Equal(300, impact.ClientsActive);
        Assert.Equal(150, impact.ClientsAffected);
        Assert.Equal(50, impact.ClientsAffectedPct);
    }

    [Fact]
    public void Malformed_lines_are_counted_by_reason_with_samples_and_strict_mode_stops()
    {
        var path = WriteLog(10, (m, i) => 200);
        File.AppendAllText(path, "garbage line\n1.2.3.4 - - [99/Mar/2025:12:00:00 +0100] \"GET / HTTP/1.1\" 200 1\n");
        var strict = Assert.Throws<Debrief.Io.InputException>(() => EvidenceRun.Files([path], new AnalysisOptions { Strict = true }));
        Assert.Equal(601, strict.Line);
        var report = Analyze(path);
        Assert.Equal(2, report.Lines.Malformed);
        var reasons = report.Lines.MalformedReasons.ToDictionary(r => r.Reason);
        Assert.Equal(601, reasons["no time"].Samples[0].Line);
        Assert.Equal(602, reasons["bad time"].Samples[0].Line);
    }

    [Fact]
    public void Gzip_input_reads_the_same_as_plain()
    {
        var path = WriteLog(30, (m, i) => 200);
        var gz = path + ".gz";
        using (var f = File.Create(gz))
        using (var z = new System.IO.Compression.GZipStream(f, System.IO.Compression.CompressionLevel.Fastest))
            z.Write(File.ReadAllBytes(path));
        var plain = Analyze(path);
        var zipped = Analyze(gz);
        Assert.Equal(plain.Totals.Requests, zipped.Totals.Requests);
        Assert.Equal("combined", zipped.Inputs[0].Format);
    }

    [Fact]
    public void Stdin_is_read_and_sniffed_like_a_file()
    {
        var path = WriteLog(120, (m, i) => m is >= 60 and < 80 && i % 2 == 0 ? 502 : 200);
        using var stdin = LogInput.FromStream("-", new MemoryStream(File.ReadAllBytes(path)));
        var fromStdin = EvidenceAnalyzer.Analyze([stdin], new AnalysisOptions());
        var fromFile = Analyze(path);
        Assert.Equal("combined", fromStdin.Inputs[0].Format);
        Assert.Equal(DebriefJson.Write(EvidenceReportJson.From(fromFile with { Inputs = [] })), DebriefJson.Write(EvidenceReportJson.From(fromStdin with { Inputs = [] })));
    }

    [Fact]
    public void The_json_report_round_trips()
    {
        var report = Analyze(WriteLog(120, (m, i) => m is >= 60 and < 80 && i % 2 == 0 ? 502 : 200));
        var json = DebriefJson.Write(EvidenceReportJson.From(report));
        var back = DebriefJson.ReadEvidenceReport(json).ToReport();
        Assert.Equal(json, DebriefJson.Write(EvidenceReportJson.From(back)));
        Assert.Contains("\"requests_failed_pct\": 50", json, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"2025-03-14T13:00:00+01:00\"", json, StringComparison.Ordinal);
    }
}
