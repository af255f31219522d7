// Which source fields of JSON lines or CSV/TSV rows hold the time, client, status, path, latency and message.
using System.Globalization;
using Debrief.Io;

namespace Debrief.Evidence;

/// <summary>How a time field is written.</summary>
public enum TimeFieldFormat
{
    /// <summary>Guess: ISO 8601, CLF "dd/Mon/yyyy:HH:mm:ss zone", or epoch seconds/milliseconds.</summary>
    Auto,
    /// <summary>Unix epoch seconds (fractions allowed).</summary>
    Epoch,
    /// <summary>Unix epoch milliseconds.</summary>
    EpochMilliseconds,
    /// <summary>ISO 8601.</summary>
    Iso,
}

/// <summary>Maps the logical fields Debrief needs to the field names of a structured log.</summary>
public sealed record FieldMapping
{
    /// <summary>Candidate names per logical field, tried in order; the first present wins.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Fields { get; init; } = DefaultFields;

    /// <summary>How the time field is written.</summary>
    public TimeFieldFormat TimeFormat { get; init; } = TimeFieldFormat.Auto;

    /// <summary>Multiplier turning the latency field into seconds (0.001 for milliseconds).</summary>
    public double LatencyScale { get; init; } = 1.0;

    /// <summary>The logical field names.</summary>
    public static IReadOnlyList<string> LogicalFields { get; } = ["time", "client", "status", "method", "path", "latency", "severity", "message"];

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> DefaultFields = new Dictionary<string, IReadOnlyList<string>>
    {
        ["time"] = ["time", "timestamp", "@timestamp", "ts", "datetime", "date", "time_local", "time_iso8601"],
        ["client"] = ["client", "remote_addr", "client_ip", "clientip", "ip", "remote_host", "host"],
        ["status"] = ["status", "status_code", "statusCode", "response", "code"],
        ["method"] = ["method", "request_method", "verb"],
        ["path"] = ["path", "uri", "request_uri", "url", "request"],
        ["latency"] = ["request_time", "latency", "duration", "response_time", "upstream_response_time", "elapsed"],
        ["severity"] = ["level", "severity", "lvl", "log_level"],
        ["message"] = ["message", "msg", "text", "error"],
    };

    /// <summary>The built-in candidates.</summary>
    public static FieldMapping Default { get; } = new();

    /// <summary>Parses "time=ts:epoch,client=host,status=response,latency=dur_ms:ms" on top of the defaults.</summary>
    public static FieldMapping Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
            return Default;
        var fields = new Dictionary<string, IReadOnlyList<string>>(DefaultFields);
        var timeFormat = TimeFieldFormat.Auto;
        var latencyScale = 1.0;
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1)
                throw InputException.ForOption("map", $"expected FIELD=NAME, got '{part}'");
            var logical = part[..eq].Trim().ToLowerInvariant();
            if (!LogicalFields.Contains(logical))
                throw InputException.ForOption("map", $"unknown field '{logical}' (expected one of {string.Join(", ", LogicalFields)})");
            var name = part[(eq + 1)..].Trim();
            var colon = name.LastIndexOf(':');
            if (colon > 0)
            {
                var modifier = name[(colon + 1)..].ToLowerInvariant();
                name = name[..colon];
                switch (logical, modifier)
                {
                    case ("time", "epoch"): timeFormat = TimeFieldFormat.Epoch; break;
                    case ("time", "epoch_ms" or "ms"): timeFormat = TimeFieldFormat.EpochMilliseconds; break;
                    case ("time", "iso"): timeFormat = TimeFieldFormat.Iso; break;
                    case ("latency", "ms"): latencyScale = 0.001; break;
                    case ("latency", "us"): latencyScale = 0.000001; break;
                    case ("latency", "s"): latencyScale = 1; break;
                    default: throw InputException.ForOption("map", $"unknown modifier ':{modifier}' for {logical}");
                }
            }
            fields[logical] = [name];
        }
        return new FieldMapping { Fields = fields, TimeFormat = timeFormat, LatencyScale = latencyScale };
    }

    /// <summary>Parses a time field value according to <see cref="TimeFormat"/>.</summary>
    public bool TryParseTime(string text, TimeSpan defaultOffset, out DateTimeOffset time)
    {
        text = text.Trim();
        time = default;
        if (text.Length == 0)
            return false;
        if (TimeFormat is TimeFieldFormat.Epoch or TimeFieldFormat.EpochMilliseconds or TimeFieldFormat.Auto
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            var ms = TimeFormat == TimeFieldFormat.EpochMilliseconds || (TimeFormat == TimeFieldFormat.Auto && number > 1e11)
                ? number : number * 1000;
            if (ms is < -62135596800000 or > 253402300799000)
                return false;
            time = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(ms)).ToOffset(defaultOffset);
            return true;
        }
        if (TimeFormat is TimeFieldFormat.Epoch or TimeFieldFormat.EpochMilliseconds)
            return false;
        if (ClfTime.TryParse(text, out time))
            return true;
        return TimeText.TryParseIso(text, defaultOffset, out time);
    }
}
