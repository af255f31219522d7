// The JSON form of the evidence report (documented in docs/evidence.md): written with Utf8JsonWriter, read back with JsonDocument.
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Debrief.Evidence;

/// <summary>Writes and reads the stable JSON report.</summary>
public static class EvidenceReportJson
{
    /// <summary>The report as indented JSON.</summary>
    public static string Write(EvidenceReport report, bool includeIntervals = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("version", report.Version);
            w.WriteNumber("interval_seconds", report.IntervalSeconds);
            w.WriteString("timezone", TimeText.Offset(report.Offset));
            w.WriteStartArray("inputs");
            foreach (var i in report.Inputs)
            {
                w.WriteStartObject();
                w.WriteString("path", i.Path);
                w.WriteString("format", i.Format);
                w.WriteNumber("lines", i.LinesRead);
                w.WriteNumber("malformed", i.Malformed);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("lines");
            w.WriteNumber("read", report.Lines.Read);
            w.WriteNumber("malformed", report.Lines.Malformed);
            w.WriteStartArray("malformed_reasons");
            foreach (var r in report.Lines.MalformedReasons)
            {
                w.WriteStartObject();
                w.WriteString("reason", r.Reason);
                w.WriteNumber("count", r.Count);
                w.WriteStartArray("samples");
                foreach (var s in r.Samples)
                {
                    w.WriteStartObject();
                    w.WriteString("input", s.Input);
                    w.WriteNumber("line", s.Line);
                    w.WriteString("text", s.Text);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            WriteTime(w, "data_start", report.DataStart);
            WriteTime(w, "data_end", report.DataEnd);
            w.WriteStartObject("totals");
            w.WriteNumber("requests", report.Totals.Requests);
            w.WriteNumber("server_errors", report.Totals.ServerErrors);
            w.WriteNumber("clients", report.Totals.Clients);
            w.WriteNumber("clients_with_server_errors", report.Totals.ClientsWithServerErrors);
            w.WriteNumber("messages", report.Totals.Messages);
            w.WriteNumber("error_messages", report.Totals.ErrorMessages);
            w.WriteNumber("events", report.Totals.Events);
            w.WriteEndObject();
            w.WriteStartArray("incidents");
            foreach (var inc in report.Incidents)
            {
                w.WriteStartObject();
                w.WriteNumber("id", inc.Id);
                w.WriteStartArray("kinds");
                foreach (var k in inc.Kinds)
                    w.WriteStringValue(k);
                w.WriteEndArray();
                WriteTime(w, "start", inc.Start);
                WriteTime(w, "end", inc.End);
                w.WriteBoolean("ongoing", inc.Ongoing);
                WriteTime(w, "detected", inc.Detected);
                w.WriteNumber("duration_minutes", inc.DurationMinutes);
                var m = inc.Impact;
                w.WriteStartObject("impact");
                w.WriteNumber("requests", m.Requests);
                w.WriteNumber("requests_failed", m.RequestsFailed);
                WriteNumber(w, "requests_failed_pct", m.RequestsFailedPct);
                w.WriteNumber("clients_active", m.ClientsActive);
                w.WriteNumber("clients_affected", m.ClientsAffected);
                WriteNumber(w, "clients_affected_pct", m.ClientsAffectedPct);
                w.WriteNumber("peak_error_rate_pct", m.PeakErrorRatePct);
                WriteTime(w, "peak_at", m.PeakAt);
                w.WriteNumber("requests_expected", m.RequestsExpected);
                WriteNumber(w, "traffic_ratio", m.TrafficRatio);
                WriteNumber(w, "latency_p95_seconds", m.LatencyP95Seconds);
                WriteNumber(w, "baseline_latency_p95_seconds", m.BaselineLatencyP95Seconds);
                WriteCounted(w, "top_failing_endpoints", "path", m.TopFailingEndpoints);
                WriteCounted(w, "top_error_messages", "message", m.TopErrorMessages);
                w.WriteEndObject();
                WriteEvents(w, "events", inc.Events);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            WriteEvents(w, "events", report.Events);
            w.WriteStartArray("intervals");
            if (includeIntervals)
            {
                foreach (var p in report.Intervals)
                {
                    w.WriteStartObject();
                    WriteTime(w, "start", p.Start);
                    w.WriteNumber("requests", p.Requests);
                    w.WriteNumber("server_errors", p.ServerErrors);
                    w.WriteNumber("clients", p.Clients);
                    WriteNumber(w, "latency_p95_seconds", p.LatencyP95Seconds is { } l ? Math.Round(l, 4) : null);
                    WriteNumber(w, "expected_requests", p.ExpectedRequests);
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteEvents(Utf8JsonWriter w, string name, IReadOnlyList<EventRecord> events)
    {
        w.WriteStartArray(name);
        foreach (var e in events)
        {
            w.WriteStartObject();
            WriteTime(w, "time", e.Time);
            WriteTime(w, "end", e.End);
            w.WriteString("kind", KindName(e.Kind));
            w.WriteString("text", e.Text);
            w.WriteString("source", e.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteCounted(Utf8JsonWriter w, string name, string key, IReadOnlyList<CountedItem> items)
    {
        w.WriteStartArray(name);
        foreach (var i in items)
        {
            w.WriteStartObject();
            w.WriteString(key, i.Name);
            w.WriteNumber("count", i.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTime(Utf8JsonWriter w, string name, DateTimeOffset? t)
    {
        if (t is { } v)
            w.WriteString(name, TimeText.Iso(v));
        else
            w.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } d && double.IsFinite(d))
            w.WriteNumber(name, d);
        else
            w.WriteNull(name);
    }

    /// <summary>The JSON name of an event kind ("suspected_trigger").</summary>
    public static string KindName(EvidenceEventKind kind) => kind switch
    {
        EvidenceEventKind.ErrorBurst => "error_burst",
        EvidenceEventKind.FirstError => "first_error",
        EvidenceEventKind.SuspectedTrigger => "suspected_trigger",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static EvidenceEventKind ParseKind(string? name) =>
        Enum.GetValues<EvidenceEventKind>().FirstOrDefault(k => KindName(k) == name, EvidenceEventKind.System);

    /// <summary>Reads a report written by <see cref="Write"/> (for renderers given <c>--evidence report.json</c>).</summary>
    public static EvidenceReport Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        TimeText.TryParseOffset(Str(r, "timezone"), out var offset);
        var lines = r.GetProperty("lines");
        return new EvidenceReport
        {
            Version = r.GetProperty("version").GetInt32(),
            IntervalSeconds = r.GetProperty("interval_seconds").GetInt32(),
            Offset = offset,
            Inputs = r.GetProperty("inputs").EnumerateArray().Select(i => new InputSummary(Str(i, "path")!, Str(i, "format")!, i.GetProperty("lines").GetInt64(), i.GetProperty("malformed").GetInt64())).ToList(),
            Lines = new LineCounts(lines.GetProperty("read").GetInt64(), lines.GetProperty("malformed").GetInt64(),
                lines.GetProperty("malformed_reasons").EnumerateArray().Select(m => new MalformedReason(Str(m, "reason")!, m.GetProperty("count").GetInt64(),
                    m.GetProperty("samples").EnumerateArray().Select(s => new MalformedSample(Str(s, "input")!, s.GetProperty("line").GetInt64(), Str(s, "text")!)).ToList())).ToList()),
            DataStart = Time(r, "data_start"),
            DataEnd = Time(r, "data_end"),
            Totals = r.GetProperty("totals") is var t
                ? new EvidenceTotals(t.GetProperty("requests").GetInt64(), t.GetProperty("server_errors").GetInt64(), t.GetProperty("clients").GetInt64(),
                    t.GetProperty("clients_with_server_errors").GetInt64(), t.GetProperty("messages").GetInt64(), t.GetProperty("error_messages").GetInt64(), t.GetProperty("events").GetInt64())
                : new EvidenceTotals(0, 0, 0, 0, 0, 0, 0),
            Incidents = r.GetProperty("incidents").EnumerateArray().Select(i =>
            {
                var m = i.GetProperty("impact");
                return new Incident
                {
                    Id = i.GetProperty("id").GetInt32(),
                    Kinds = i.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()!).ToList(),
                    Start = Time(i, "start")!.Value,
                    End = Time(i, "end"),
                    Ongoing = i.GetProperty("ongoing").GetBoolean(),
                    Detected = Time(i, "detected"),
                    DurationMinutes = i.GetProperty("duration_minutes").GetDouble(),
                    Impact = new IncidentImpact
                    {
                        Requests = m.GetProperty("requests").GetInt64(),
                        RequestsFailed = m.GetProperty("requests_failed").GetInt64(),
                        RequestsFailedPct = Num(m, "requests_failed_pct"),
                        ClientsActive = m.GetProperty("clients_active").GetInt64(),
                        ClientsAffected = m.GetProperty("clients_affected").GetInt64(),
                        ClientsAffectedPct = Num(m, "clients_affected_pct"),
                        PeakErrorRatePct = Num(m, "peak_error_rate_pct") ?? 0,
                        PeakAt = Time(m, "peak_at"),
                        RequestsExpected = Num(m, "requests_expected") ?? 0,
                        TrafficRatio = Num(m, "traffic_ratio"),
                        LatencyP95Seconds = Num(m, "latency_p95_seconds"),
                        BaselineLatencyP95Seconds = Num(m, "baseline_latency_p95_seconds"),
                        TopFailingEndpoints = m.GetProperty("top_failing_endpoints").EnumerateArray().Select(p => new CountedItem(Str(p, "path")!, p.GetProperty("count").GetInt64())).ToList(),
                        TopErrorMessages = m.GetProperty("top_error_messages").EnumerateArray().Select(p => new CountedItem(Str(p, "message")!, p.GetProperty("count").GetInt64())).ToList(),
                    },
                    Events = Events(i.GetProperty("events")),
                };
            }).ToList(),
            Events = Events(r.GetProperty("events")),
            Intervals = r.GetProperty("intervals").EnumerateArray().Select(p => new IntervalPoint(Time(p, "start")!.Value, p.GetProperty("requests").GetInt64(),
                p.GetProperty("server_errors").GetInt64(), p.GetProperty("clients").GetInt64(), Num(p, "latency_p95_seconds"), Num(p, "expected_requests"))).ToList(),
        };
    }

    private static List<EventRecord> Events(JsonElement array) =>
        array.EnumerateArray().Select(e => new EventRecord(Time(e, "time")!.Value, ParseKind(Str(e, "kind")), Str(e, "text") ?? "", Str(e, "source") ?? "", Time(e, "end"))).ToList();

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static DateTimeOffset? Time(JsonElement e, string name) =>
        Str(e, name) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
