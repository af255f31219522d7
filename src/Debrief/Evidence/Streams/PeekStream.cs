// A read-once stream whose first bytes can be looked at before reading: sniffing and reading share one open input.
namespace Debrief.Evidence.Streams;

/// <summary>Wraps a forward-only stream; <see cref="Peek"/> buffers its first bytes, and reading replays them before the rest.</summary>
internal sealed class PeekStream(Stream inner) : Stream
{
    private byte[] _head = [];
    private int _headLength;
    private int _headPosition;
    private bool _ended;
    private Exception? _deferred;

    /// <summary>The first <paramref name="count"/> bytes (fewer when the input is shorter). Only before reading starts.
    /// A read error while peeking (a corrupt gzip stream) gives the bytes read so far; reading raises it later.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        if (_headPosition > 0)
            throw new InvalidOperationException("peek after reading started");
        if (_headLength < count && !_ended && _deferred is null)
        {
            if (_head.Length < count)
                Array.Resize(ref _head, count);
            try
            {
                while (_headLength < count)
                {
                    var n = inner.Read(_head.AsSpan(_headLength, count - _headLength));
                    if (n <= 0)
                    {
                        _ended = true;
                        break;
                    }
                    _headLength += n;
                }
            }
            catch (InvalidDataException e)
            {
                _deferred = e;
            }
        }
        return _head.AsSpan(0, Math.Min(count, _headLength));
    }

    public override int Read(Span<byte> buffer)
    {
        if (_headPosition < _headLength)
        {
            var n = Math.Min(buffer.Length, _headLength - _headPosition);
            _head.AsSpan(_headPosition, n).CopyTo(buffer);
            _headPosition += n;
            return n;
        }
        if (_deferred is { } e)
        {
            _deferred = null;
            throw new InvalidDataException(e.Message, e);
        }
        return _ended ? 0 : inner.Read(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
