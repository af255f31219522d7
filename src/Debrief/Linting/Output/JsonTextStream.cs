// One JSON document written piece by piece to a TextWriter: a Utf8JsonWriter whose bytes are handed on after each piece.
using System.Buffers;
using System.Text;
using System.Text.Json;
using Debrief.Json;

namespace Debrief.Linting.Output;

/// <summary>Lets a streaming formatter write one indented JSON document across several calls without holding it all.</summary>
internal sealed class JsonTextStream : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    public JsonTextStream() => Json = new Utf8JsonWriter(_buffer, DebriefJson.WriterOptions);

    /// <summary>The writer; call <see cref="FlushTo"/> after each piece.</summary>
    public Utf8JsonWriter Json { get; }

    /// <summary>Moves what was written so far to <paramref name="output"/>.</summary>
    public void FlushTo(TextWriter output)
    {
        Json.Flush();
        output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }

    public void Dispose() => Json.Dispose();
}
