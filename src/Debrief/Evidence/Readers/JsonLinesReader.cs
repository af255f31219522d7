// JSON lines (one object per line), e.g. nginx JSON access logs or app logs, read through a field mapping (--map).
using System.Text.Json;

namespace Debrief.Evidence.Readers;

/// <summary>Reads one JSON object per line; fields found through <see cref="LogParseContext.Mapping"/>.</summary>
public sealed class JsonLinesReader : LineLogReader
{
    /// <inheritdoc />
    public override string Name => "jsonl";

    /// <inheritdoc />
    public override string Description => "JSON lines with a field mapping (--map time=ts,status=code,...)";

    /// <inheritdoc />
    public override bool TimesHaveOffsets => false;

    /// <inheritdoc />
    public override double Sniff(InputSample sample, LogParseContext context) =>
        // a lower ceiling than specific JSON formats (Alertmanager) so they win ties
        base.Sniff(sample, context) * 0.9;

    /// <inheritdoc />
    public override LineResult ParseLine(string line, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(line))
            return LineResult.Ignored;
        if (line.TrimStart()[0] != '{')
            return LineResult.Bad("not a JSON object");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return LineResult.Bad("invalid JSON");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return LineResult.Bad("not a JSON object");
            var root = doc.RootElement;
            return StructuredFields.ToRecord(name => Lookup(root, name), context);
        }
    }

    private static string? Lookup(JsonElement obj, string name)
    {
        // "a.b" looks into nested objects
        var current = obj;
        foreach (var part in name.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
                return null;
        }
        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number => current.GetRawText(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => current.GetRawText(),
        };
    }
}
