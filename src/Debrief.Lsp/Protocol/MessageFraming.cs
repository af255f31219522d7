// The LSP base protocol's framing: "Content-Length: N\r\n\r\n" then N bytes of UTF-8 JSON, read and written one message at a time.
using System.Globalization;
using System.Text;

namespace Debrief.Lsp.Protocol;

/// <summary>One framed message as read: its body, and a problem with its header when there was one.</summary>
/// <param name="Body">The JSON body, or null when the header gave no usable length (the problem says why).</param>
/// <param name="Problem">What was wrong with the header block, or null.</param>
internal readonly record struct Frame(byte[]? Body, string? Problem);

/// <summary>Reads framed messages from a stream. A broken header block is reported and skipped: the reader
/// resynchronises on the next <c>Content-Length</c> header, so one bad message never ends the session.</summary>
internal sealed class FrameReader
{
    /// <summary>The largest body accepted (a 5 MB document is about 5 MB of JSON); larger ones are skipped and reported.</summary>
    public const int MaxBodyBytes = 64 * 1024 * 1024;

    private const int MaxHeaderLineBytes = 8 * 1024;
    private const string ContentLength = "Content-Length";

    private readonly Stream _input;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;

    public FrameReader(Stream input) => _input = input;

    /// <summary>The next frame, or null at the end of the input.</summary>
    public async ValueTask<Frame?> ReadAsync(CancellationToken cancellationToken)
    {
        int? length = null;
        string? problem = null;
        var sawHeader = false;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
                return sawHeader ? new Frame(null, problem ?? "the input ended inside a message header") : null;
            if (line.Length == 0)
            {
                if (!sawHeader)
                    continue; // blank lines between messages are harmless
                break;
            }
            sawHeader = true;
            // Resynchronise after an unframed body: "{...}Content-Length: 52" starts a new header.
            var at = line.IndexOf(ContentLength + ":", StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                problem ??= "unexpected bytes before a Content-Length header (a body without a header?)";
                line = line[at..];
            }
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                problem ??= $"malformed header line '{Shorten(line)}' (expected 'Name: value')";
                continue;
            }
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals(ContentLength, StringComparison.OrdinalIgnoreCase))
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    length = n;
                else
                    problem ??= $"Content-Length '{Shorten(value)}' is not a byte count";
            }
            else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                     && value.Contains("charset", StringComparison.OrdinalIgnoreCase)
                     && !value.Contains("utf-8", StringComparison.OrdinalIgnoreCase)
                     && !value.Contains("utf8", StringComparison.OrdinalIgnoreCase))
            {
                problem ??= $"unsupported Content-Type '{Shorten(value)}' (only utf-8 JSON)";
            }
        }
        if (length is not int bytes)
            return new Frame(null, problem ?? "missing Content-Length header");
        if (bytes > MaxBodyBytes)
        {
            await SkipAsync(bytes, cancellationToken).ConfigureAwait(false);
            return new Frame(null, $"message of {bytes} bytes is over the limit of {MaxBodyBytes} bytes");
        }
        var body = new byte[bytes];
        var filled = 0;
        while (filled < bytes)
        {
            if (_position == _length && !await FillAsync(cancellationToken).ConfigureAwait(false))
                return null; // the client went away mid-message
            var take = Math.Min(bytes - filled, _length - _position);
            Buffer.BlockCopy(_buffer, _position, body, filled, take);
            _position += take;
            filled += take;
        }
        return new Frame(body, problem);
    }

    private async ValueTask SkipAsync(int bytes, CancellationToken cancellationToken)
    {
        while (bytes > 0)
        {
            if (_position == _length && !await FillAsync(cancellationToken).ConfigureAwait(false))
                return;
            var take = Math.Min(bytes, _length - _position);
            _position += take;
            bytes -= take;
        }
    }

    /// <summary>One header line without its CR LF (a bare LF is accepted), or null at the end of the input.
    /// An over-long line is cut (and then reported as malformed).</summary>
    private async ValueTask<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>(64);
        while (true)
        {
            if (_position == _length && !await FillAsync(cancellationToken).ConfigureAwait(false))
                return line.Count == 0 ? null : Decode(line);
            var b = _buffer[_position++];
            if (b == (byte)'\n')
            {
                if (line.Count > 0 && line[^1] == (byte)'\r')
                    line.RemoveAt(line.Count - 1);
                return Decode(line);
            }
            if (line.Count < MaxHeaderLineBytes)
                line.Add(b);
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        _position = 0;
        _length = await _input.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        return _length > 0;
    }

    private static string Decode(List<byte> bytes) => Encoding.ASCII.GetString(bytes.ToArray());

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "...";
}

/// <summary>Writes framed messages; safe to call from several threads (one message is written whole at a time).</summary>
internal sealed class FrameWriter
{
    private readonly Stream _output;
    private readonly Lock _gate = new();

    public FrameWriter(Stream output) => _output = output;

    /// <summary>False once a write failed (the client closed its end); later writes are dropped.</summary>
    public bool Open { get; private set; } = true;

    public void Write(ReadOnlySpan<byte> body)
    {
        Span<byte> header = stackalloc byte[40];
        var written = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n", header);
        lock (_gate)
        {
            if (!Open)
                return;
            try
            {
                _output.Write(header[..written]);
                _output.Write(body);
                _output.Flush();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                Open = false;
            }
        }
    }
}
