// The machine format (docs/lint-json.md): an array with one LintFileJson record per file, streamed file by file.
using Debrief.Json;

namespace Debrief.Linting.Output;

/// <summary>Writes the documented JSON array, one <see cref="LintFileJson"/> per document as it comes (source-generated, AOT-safe),
/// so memory stays flat however many files are linted.</summary>
public sealed class JsonFormatter : ILintFormatter
{
    private JsonTextStream? _stream;

    /// <summary>Opens the array.</summary>
    public void Begin(TextWriter output)
    {
        _stream = new JsonTextStream();
        _stream.Json.WriteStartArray();
    }

    /// <summary>Writes one document's record and hands its text on.</summary>
    public void WriteFile(LintedFile file, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(output);
        var stream = _stream ?? throw new InvalidOperationException("Begin was not called");
        DebriefJson.Write(stream.Json, LintFileJson.From(file), DebriefJson.Context.LintFileJson);
        stream.FlushTo(output);
    }

    /// <summary>Closes the array (unreadable documents are on stderr only).</summary>
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
}
