// Opens an input: a file (gzip transparent), "-" for stdin, or a folder; gives a sample for sniffing.
using System.IO.Compression;
using System.Text;
using Debrief.Io;

namespace Debrief.Evidence;

/// <summary>The first bytes of an input, decoded, for format sniffing.</summary>
public sealed record InputSample(string Path, bool IsDirectory, string Text, IReadOnlyList<string> Lines);

/// <summary>An input to analyse. Files are read lazily; stdin is buffered only as far as sniffing needs.</summary>
public sealed class LogInput
{
    private const int SampleBytes = 64 * 1024;
    private static readonly Encoding Lenient = new UTF8Encoding(false, false);
    private readonly Stream? _stdin;
    private byte[]? _stdinHead;
    private bool _stdinUsed;

    private LogInput(string path, bool isDirectory, Stream? stdin)
    {
        Path = path;
        IsDirectory = isDirectory;
        _stdin = stdin;
    }

    /// <summary>The path as given ("-" for stdin).</summary>
    public string Path { get; }

    /// <summary>The name shown in reports (file name, or "stdin").</summary>
    public string DisplayName => Path == "-" ? "stdin" : System.IO.Path.GetFileName(Path.TrimEnd('/', '\\')) is { Length: > 0 } n ? n : Path;

    /// <summary>True for a folder (Slack export).</summary>
    public bool IsDirectory { get; }

    /// <summary>True when the input is a regular, uncompressed file (eligible for the parallel fast path).</summary>
    public bool IsPlainFile => Path != "-" && !IsDirectory && !IsGzip;

    /// <summary>True when the file starts with the gzip magic bytes.</summary>
    public bool IsGzip { get; private set; }

    /// <summary>Size in bytes on disk (compressed size for gzip), or null for stdin and folders.</summary>
    public long? Length => Path == "-" || IsDirectory ? null : new FileInfo(Path).Length;

    /// <summary>Opens a path; "-" is stdin. Missing files become <see cref="InputException"/>.</summary>
    public static LogInput Open(string path, Stream? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "-")
            return new LogInput(path, false, stdin ?? Console.OpenStandardInput());
        if (Directory.Exists(path))
            return new LogInput(path, true, null);
        if (!File.Exists(path))
            throw new InputException(path, null, "no such file or folder");
        var input = new LogInput(path, false, null);
        try
        {
            using var f = File.OpenRead(path);
            Span<byte> magic = stackalloc byte[2];
            input.IsGzip = f.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"cannot read: {e.Message}", e);
        }
        return input;
    }

    /// <summary>Reads the first 64 KB (decompressed) for sniffing.</summary>
    public InputSample Sample()
    {
        if (IsDirectory)
            return new InputSample(Path, true, "", []);
        byte[] head;
        if (Path == "-")
        {
            if (_stdinHead is null)
            {
                var buffer = new byte[SampleBytes];
                var n = _stdin!.ReadAtLeast(buffer, SampleBytes, throwOnEndOfStream: false);
                _stdinHead = buffer[..n];
                IsGzip = n >= 2 && buffer[0] == 0x1f && buffer[1] == 0x8b;
            }
            if (IsGzip)
            {
                using var gz = new GZipStream(new MemoryStream(_stdinHead), CompressionMode.Decompress);
                head = ReadHead(gz);
            }
            else
            {
                head = _stdinHead;
            }
        }
        else
        {
            using var s = OpenStream();
            head = ReadHead(s);
        }
        var text = Lenient.GetString(head);
        var lines = text.Split('\n');
        // the last piece may be cut mid-line unless the input ended there
        var complete = head.Length < SampleBytes ? lines : lines[..^1];
        var trimmed = complete.Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Take(200).ToList();
        return new InputSample(Path, false, text, trimmed);
    }

    private static byte[] ReadHead(Stream s)
    {
        var buffer = new byte[SampleBytes];
        var n = 0;
        try
        {
            n = s.ReadAtLeast(buffer, SampleBytes, throwOnEndOfStream: false);
        }
        catch (InvalidDataException)
        {
            // a truncated gzip file: sniff what was readable
        }
        return buffer[..n];
    }

    /// <summary>Opens the decompressed byte stream from the start. Stdin can be opened once.</summary>
    public Stream OpenStream()
    {
        if (IsDirectory)
            throw new InvalidOperationException("a folder has no stream");
        Stream raw;
        if (Path == "-")
        {
            if (_stdinUsed)
                throw new InvalidOperationException("stdin can be read once");
            _stdinUsed = true;
            raw = _stdinHead is null ? _stdin! : new ConcatStream(_stdinHead, _stdin!);
        }
        else
        {
            try
            {
                raw = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException(Path, null, $"cannot read: {e.Message}", e);
            }
        }
        if (Progress is not null)
            raw = new ProgressStream(raw, Progress);
        return IsGzip ? new GZipStream(raw, CompressionMode.Decompress) : raw;
    }

    /// <summary>Receives the number of raw bytes read so far, for progress bars.</summary>
    public IProgress<long>? Progress { get; set; }

    /// <summary>Opens the input as lenient UTF-8 text (invalid bytes become U+FFFD).</summary>
    public TextReader OpenText() => new StreamReader(OpenStream(), Lenient, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>Reads the whole input as text (for JSON documents), with a size limit.</summary>
    public string ReadAllText(long maxBytes = 256L * 1024 * 1024)
    {
        using var reader = OpenText();
        var buffer = new char[1 << 16];
        var sb = new StringBuilder();
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            sb.Append(buffer, 0, n);
            if (sb.Length > maxBytes)
                throw new InputException(Path == "-" ? null : Path, null, "document too large");
        }
        return sb.ToString();
    }

    private sealed class ConcatStream(byte[] head, Stream rest) : Stream
    {
        private int _pos;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer)
        {
            if (_pos < head.Length)
            {
                var n = Math.Min(buffer.Length, head.Length - _pos);
                head.AsSpan(_pos, n).CopyTo(buffer);
                _pos += n;
                return n;
            }
            return rest.Read(buffer);
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class ProgressStream(Stream inner, IProgress<long> progress) : Stream
    {
        private long _read;
        private long _reported;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer)
        {
            var n = inner.Read(buffer);
            _read += n;
            if (_read - _reported > (4 << 20) || n == 0)
            {
                _reported = _read;
                progress.Report(_read);
            }
            return n;
        }
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
}
