// The one definition of a log line for every line reader and the parallel scan: LF-terminated, CR dropped, BOM skipped, at most 4 MB.
using System.Runtime.CompilerServices;

namespace Debrief.Evidence.Scanning;

/// <summary>Splits a byte source into lines, reading it in blocks: a line ends at LF (a CR before it is dropped), a UTF-8
/// BOM at the very start is skipped, the last line needs no LF. A line longer than <see cref="MaxLineBytes"/> is returned
/// once as too long (its first block) and the rest of it is skipped, so memory stays bounded.</summary>
internal sealed class BlockLineReader
{
    /// <summary>Longest line read; longer ones are malformed ("line too long").</summary>
    public const int MaxLineBytes = 4 << 20;

    /// <summary>Block read when nothing else is asked for.</summary>
    public const int DefaultBlockBytes = 64 * 1024;

    private readonly ReadBlock _read;
    private readonly int _maxLine;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _skipping;
    private bool _bomPending;

    /// <summary>Reads into the span and returns the bytes read, 0 at the end.</summary>
    public delegate int ReadBlock(Span<byte> buffer);

    /// <summary>A reader over <paramref name="read"/>; <paramref name="atStart"/> when the source begins at the input's first byte (BOM check).</summary>
    public BlockLineReader(ReadBlock read, bool atStart = true, int blockBytes = DefaultBlockBytes, int maxLineBytes = MaxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(read);
        _read = read;
        _maxLine = Math.Max(16, maxLineBytes);
        _buffer = new byte[Math.Clamp(blockBytes, 16, _maxLine)];
        _bomPending = atStart;
    }

    /// <summary>Lines returned so far (too-long lines included): the 1-based number of the last one.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line, valid until the next call; false at the end. <paramref name="tooLong"/> marks a line over the
    /// limit, of which <paramref name="line"/> holds only the beginning.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Next(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        if (!_bomPending && !_skipping)
        {
            var data = _buffer.AsSpan(_start, _end - _start);
            var nl = data.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                _start += nl + 1;
                LineNumber++;
                tooLong = false;
                line = nl > 0 && data[nl - 1] == (byte)'\r' ? data[..(nl - 1)] : data[..nl];
                return true;
            }
        }
        return NextSlow(out line, out tooLong);
    }

    private bool NextSlow(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        tooLong = false;
        while (true)
        {
            var data = _buffer.AsSpan(_start, _end - _start);
            if (_bomPending)
            {
                if (data.Length < 3 && !_eof)
                {
                    Fill();
                    continue;
                }
                _bomPending = false;
                if (data.StartsWith("\uFEFF"u8))
                    _start += 3;
                continue;
            }
            var nl = data.IndexOf((byte)'\n');
            if (nl >= 0)
            {
                _start += nl + 1;
                if (_skipping)
                {
                    _skipping = false;
                    continue;
                }
                LineNumber++;
                line = nl > 0 && data[nl - 1] == (byte)'\r' ? data[..(nl - 1)] : data[..nl];
                return true;
            }
            if (_eof)
            {
                _start = _end;
                if (data.Length == 0 || _skipping)
                {
                    _skipping = false;
                    line = default;
                    return false;
                }
                LineNumber++;
                line = data[^1] == (byte)'\r' ? data[..^1] : data;
                return true;
            }
            if (data.Length >= _maxLine)
            {
                // no line end within the limit: report the line once, drop what was read of it, skip to its end
                _start = _end = 0;
                if (_skipping)
                    continue;
                _skipping = true;
                LineNumber++;
                tooLong = true;
                line = data;
                return true;
            }
            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
            Array.Resize(ref _buffer, Math.Min(_maxLine, _buffer.Length * 2));
        var n = _read(_buffer.AsSpan(_end));
        if (n <= 0)
            _eof = true;
        else
            _end += n;
    }
}
