// Prometheus Alertmanager webhook payloads (version 4): one JSON document, or one payload per line.
using System.Text.Json;

namespace Debrief.Evidence.Readers;

/// <summary>Reads Alertmanager webhook payloads; every alert becomes an alert event with its start and end.</summary>
public sealed class AlertmanagerReader : ILogReader
{
    /// <inheritdoc />
    public string Name => "alertmanager";

    /// <inheritdoc />
    public string Description => "Prometheus Alertmanager webhook payloads (one JSON document or JSON lines)";

    /// <inheritdoc />
    public bool TimesHaveOffsets => true;

    /// <inheritdoc />
    public double Sniff(InputSample sample, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.IsDirectory)
            return 0;
        var text = sample.Text.TrimStart();
        if (!text.StartsWith('{'))
            return 0;
        var head = text.Length > 4096 ? text[..4096] : text;
        return head.Contains("\"alerts\"", StringComparison.Ordinal) && head.Contains("\"status\"", StringComparison.Ordinal) ? 1 : 0;
    }

    /// <inheritdoc />
    public IEnumerable<LineOutcome> Read(LogInput input, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var text = input.ReadAllText();
        // one document (possibly pretty-printed) or JSON lines
        var whole = ParseDocument(text, context);
        if (!whole.IsMalformed)
        {
            yield return new LineOutcome(1, text.Length > 200 ? text[..200] : text, whole);
            yield break;
        }
        long number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            yield return new LineOutcome(number, line.TrimEnd('\r'), ParseDocument(line, context));
        }
    }

    /// <summary>Parses one payload into alert events.</summary>
    public static LineResult ParseDocument(string json, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(json))
            return LineResult.Ignored;
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("alerts", out var alerts) || alerts.ValueKind != JsonValueKind.Array)
                return LineResult.Bad("not an Alertmanager payload");
            var events = new List<LogRecord>();
            foreach (var alert in alerts.EnumerateArray())
            {
                if (!alert.TryGetProperty("startsAt", out var s) || s.ValueKind != JsonValueKind.String
                    || !TimeText.TryParseIso(s.GetString()!, TimeSpan.Zero, out var start) || start.Year < 2)
                    return LineResult.Bad("alert without startsAt");
                DateTimeOffset? end = null;
                if (alert.TryGetProperty("endsAt", out var e) && e.ValueKind == JsonValueKind.String
                    && TimeText.TryParseIso(e.GetString()!, TimeSpan.Zero, out var endTime) && endTime.Year > 1)
                    end = endTime;
                var status = alert.TryGetProperty("status", out var st) ? st.GetString() : null;
                if (status != "resolved")
                    end = null;
                var labels = alert.TryGetProperty("labels", out var l) ? l : default;
                var annotations = alert.TryGetProperty("annotations", out var a) ? a : default;
                var name = Str(labels, "alertname") ?? "alert";
                var severity = Str(labels, "severity");
                var instance = Str(labels, "instance");
                var summary = Str(annotations, "summary") ?? Str(labels, "summary") ?? Str(annotations, "description");
                var text = $"Alert {name}{(severity is null ? "" : $" ({severity})")} fired{(instance is null ? "" : $" on {instance}")}";
                if (summary is not null)
                    text += $": {summary}";
                events.Add(new EventRecord(start.ToOffset(context.DefaultOffset), EvidenceEventKind.Alert, text, context.SourceName, end?.ToOffset(context.DefaultOffset)));
            }
            return events.Count == 0 ? LineResult.Ignored : LineResult.Ok(events);
        }
        catch (JsonException)
        {
            return LineResult.Bad("invalid JSON");
        }
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && v.GetString() is { Length: > 0 } s ? s : null;
}
