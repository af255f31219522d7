// The machine format (docs/lint-json.md): an array with, per file, path, profile, score (+ reasons), elements and findings.
using System.Text.Json;

namespace Debrief.Linting.Output;

/// <summary>Writes the documented, stable JSON with Utf8JsonWriter (AOT-safe).</summary>
public sealed class JsonFormatter : ILintFormatter
{
    private JsonTextStream? _stream;

    public void Begin(TextWriter output)
    {
        _stream = new JsonTextStream();
        _stream.Json.WriteStartArray();
    }

    public void WriteFile(LintedFile file, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(output);
        var stream = _stream ?? throw new InvalidOperationException("Begin was not called");
        WriteFile(stream.Json, file);
        stream.FlushTo(output);
    }

    public void End(IReadOnlyList<string> inputErrors, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var stream = _stream ?? throw new InvalidOperationException("Begin was not called");
        stream.Json.WriteEndArray();
        stream.FlushTo(output);
        output.WriteLine();
        stream.Dispose();
        _stream = null;
    }

    private static void WriteFile(Utf8JsonWriter json, LintedFile file)
    {
        var result = file.Result;
        json.WriteStartObject();
        json.WriteString("path", file.Path);
        json.WriteString("profile", result.Profile.Name);
        json.WriteNumber("score", result.Score.Value);
        json.WriteStartArray("scoreReasons");
        foreach (var reason in result.Score.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("key", reason.Key);
            json.WriteNumber("points", Math.Round(reason.Points, 1));
            json.WriteString("detail", reason.Detail);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("words", result.Document.Words);
        // The same shape as `debrief show`: key → {found, line, text}.
        Json.PostmortemJson.WriteElements(json, result.Elements);
        json.WriteStartArray("findings");
        foreach (var d in result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("rule", d.Rule);
            json.WriteString("name", d.Name);
            json.WriteString("family", d.Family);
            json.WriteString("severity", d.Severity.Name());
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteString("message", d.Message);
            if (d.Element is { } key)
                json.WriteString("element", key);
            json.WriteBoolean("fixable", d.Fix is { Safe: true });
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
