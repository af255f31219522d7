// Writes and reads the JSON records through the source-generated context: indented UTF-8, readable non-ASCII, one record at a time.
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Debrief.Json;

/// <summary>The one way Debrief turns its JSON records into text and back (docs/format.md, docs/lint-json.md, docs/evidence.md).</summary>
public static class DebriefJson
{
    /// <summary>Indented with two spaces; non-ASCII text written as is (the output is UTF-8), HTML-sensitive characters too.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The context to serialize the records with, also to a string or an HTTP response
    /// (<c>TypedResults.Json(value, DebriefJson.Context.PostmortemJson)</c>): <see cref="DebriefJsonContext"/>'s
    /// names and converters with the encoder of <see cref="WriterOptions"/>, so "+01:00" is not written "\u002B01:00".</summary>
    public static DebriefJsonContext Context { get; } = new(new JsonSerializerOptions(DebriefJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>A postmortem record as indented JSON (no final newline).</summary>
    public static string Write(PostmortemJson postmortem) => Write(postmortem, Context.PostmortemJson);

    /// <summary>A lint record as indented JSON (no final newline).</summary>
    public static string Write(LintFileJson file) => Write(file, Context.LintFileJson);

    /// <summary>An evidence report record as indented JSON (no final newline).</summary>
    public static string Write(EvidenceReportJson report) => Write(report, Context.EvidenceReportJson);

    /// <summary>Any record of <see cref="DebriefJsonContext"/> as indented JSON (no final newline).</summary>
    public static string Write<T>(T value, JsonTypeInfo<T> type)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            Write(writer, value, type);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes one record at the writer's position (a value of an array being streamed, for instance).</summary>
    public static void Write<T>(Utf8JsonWriter writer, T value, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(type);
        JsonSerializer.Serialize(writer, value, type);
    }

    /// <summary>Reads a record; every required property must be present.</summary>
    /// <exception cref="JsonException">Not JSON, not this record's shape, or <c>null</c>.</exception>
    public static T Read<T>(string json, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(type);
        return JsonSerializer.Deserialize(json, type) ?? throw new JsonException($"expected a {typeof(T).Name} object, not null");
    }

    /// <summary>Reads what <c>debrief analyze --format json</c> wrote, of this build's <c>schema_version</c>.</summary>
    /// <exception cref="JsonException">Not an evidence report, or one of another schema version (the message says which).</exception>
    public static EvidenceReportJson ReadEvidenceReport(string json)
    {
        EvidenceReportJson report;
        try
        {
            report = Read(json, Context.EvidenceReportJson);
        }
        catch (JsonException e) when (LegacyVersion(json) is { } version)
        {
            throw new JsonException($"an evidence report of version {version}, written by an earlier debrief; this one reads schema_version {EvidenceReportJson.CurrentSchemaVersion}: run debrief analyze again", e);
        }
        if (report.SchemaVersion != EvidenceReportJson.CurrentSchemaVersion)
            throw new JsonException($"an evidence report of schema_version {report.SchemaVersion}; this debrief reads schema_version {EvidenceReportJson.CurrentSchemaVersion}");
        return report;
    }

    // Version 1 reports named the field "version" (docs/evidence.md, "Changes").
    private static int? LegacyVersion(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && !doc.RootElement.TryGetProperty("schema_version", out _)
                && doc.RootElement.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
