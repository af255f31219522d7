// Turns a structured row (JSON object or CSV/TSV row) into a request or a message through a FieldMapping.
using System.Globalization;

namespace Debrief.Evidence.Readers;

/// <summary>Shared by the JSON-lines and delimited readers: a lookup of field values, mapped to a record.</summary>
internal static class StructuredFields
{
    public static LineResult ToRecord(Func<string, string?> field, LogParseContext context)
    {
        var mapping = context.Mapping;
        string? Get(string logical)
        {
            foreach (var name in mapping.Fields[logical])
                if (field(name) is { } v)
                    return v;
            return null;
        }
        var timeText = Get("time");
        if (timeText is null)
            return LineResult.Bad("no time field");
        if (!mapping.TryParseTime(timeText, context.DefaultOffset, out var time))
            return LineResult.Bad("bad time");
        var statusText = Get("status");
        if (statusText is not null)
        {
            if (!int.TryParse(statusText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status is < 100 or > 999)
                return LineResult.Bad("bad status");
            var path = Get("path");
            string? method = Get("method");
            if (path is not null && path.Contains(' '))
            {
                var (m, p) = CombinedAccessLogReader.SplitRequest(path);
                method ??= m;
                path = p;
            }
            else if (path is not null && path.IndexOf('?') is var q and >= 0)
                path = path[..q];
            double? latency = null;
            if (Get("latency") is { } lt && double.TryParse(lt, NumberStyles.Float, CultureInfo.InvariantCulture, out var l) && l >= 0)
                latency = l * mapping.LatencyScale;
            return LineResult.Ok(new RequestRecord(time, Get("client") ?? "-", method, path, status, latency));
        }
        var message = Get("message");
        if (message is null)
            return LineResult.Bad("no status or message field");
        var severity = Get("severity") is { } sv ? SeverityNames.Parse(sv) ?? MessageSeverity.Info : Syslog3164Reader.GuessSeverity(message);
        return LineResult.Ok(new MessageRecord(time, severity, message, null));
    }
}
