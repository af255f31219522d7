// Counts the raw bytes read from an input and reports them to a progress sink (set once reading starts).
namespace Debrief.Evidence.Streams;

/// <summary>A pass-through stream that reports bytes read so far, about every 4 MB and at the end.</summary>
internal sealed class ProgressStream(Stream inner) : Stream
{
    private long _read;
    private long _reported;

    /// <summary>Where to report; null reports nothing.</summary>
    public IProgress<long>? Sink { get; set; }

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (Sink is { } sink && (_read - _reported > (4 << 20) || n == 0))
        {
            _reported = _read;
            sink.Report(_read);
        }
        return n;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
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
