// One evidence input, opened once by the caller: a stream, a regular file (random access) or a folder; sniffed from a buffered prefix, then read on.
using System.IO.Compression;
using System.Text;
using Debrief.Evidence.Streams;
using Debrief.Io;
using Microsoft.Win32.SafeHandles;

namespace Debrief.Evidence;

/// <summary>The first bytes of an input, decoded, for format sniffing.</summary>
/// <param name="Name">The input's name as given (a path, "-").</param>
/// <param name="IsDirectory">True for a folder input.</param>
/// <param name="Text">The first 64 KB, decompressed and decoded as lenient UTF-8.</param>
/// <param name="Lines">Its complete, non-empty lines (at most 200), without line ends.</param>
/// <param name="Folder">The folder, for folder inputs.</param>
public sealed record InputSample(string Name, bool IsDirectory, string Text, IReadOnlyList<string> Lines, IInputFolder? Folder = null);

/// <summary>A plain (uncompressed) regular file that can be read at any offset: parallel scanners split it into chunks.</summary>
/// <param name="Handle">The open file.</param>
/// <param name="Length">Its length in bytes.</param>
public sealed record PlainFile(SafeFileHandle Handle, long Length);

/// <summary>An input to analyse. The caller opens it once (<see cref="EvidenceFiles"/> for paths, <see cref="FromStream"/> for
/// stdin or any stream); sniffing looks at a buffered prefix of that same stream and reading goes on from there, so pipes,
/// FIFOs and process substitution work. gzip is detected by its magic bytes and decompressed transparently.</summary>
public sealed class LogInput : IDisposable
{
    /// <summary>Bytes of (decompressed) input looked at for sniffing.</summary>
    public const int SampleBytes = 64 * 1024;

    private static readonly Encoding Lenient = new UTF8Encoding(false, false);

    private readonly SafeFileHandle? _file;
    private readonly Stream? _stream;
    private ProgressStream? _progress;
    private PeekStream? _raw;
    private PeekStream? _decoded;
    private bool? _isGzip;
    private InputSample? _sample;
    private bool _opened;

    private LogInput(string name, string? displayName, SafeFileHandle? file, long? length, Stream? stream, IInputFolder? folder)
    {
        Name = name;
        DisplayName = displayName ?? DisplayNameOf(name);
        _file = file;
        Length = length;
        _stream = stream;
        Folder = folder;
    }

    /// <summary>An input read from a stream (stdin, a pipe, a network body, a test's MemoryStream). The input owns the stream.</summary>
    public static LogInput FromStream(string name, Stream stream, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(stream);
        long? length = null;
        try
        {
            if (stream.CanSeek)
                length = stream.Length - stream.Position;
        }
        catch (NotSupportedException)
        {
            // a stream that claims to seek but has no length: unknown
        }
        return new LogInput(name, displayName, null, length, stream, null);
    }

    /// <summary>An input over an open regular file of <paramref name="length"/> bytes, read from offset 0. The input owns the handle.</summary>
    public static LogInput FromFile(string name, SafeFileHandle handle, long length)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(handle);
        return new LogInput(name, null, handle, length, null, null);
    }

    /// <summary>A folder input (a Slack export).</summary>
    public static LogInput FromFolder(string name, IInputFolder folder)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(folder);
        return new LogInput(name, null, null, null, null, folder);
    }

    /// <summary>The name as given: a path, or "-" for stdin. Reports list inputs by it.</summary>
    public string Name { get; }

    /// <summary>The name shown beside events and malformed lines (file name, or "stdin").</summary>
    public string DisplayName { get; }

    /// <summary>The folder of a folder input, else null.</summary>
    public IInputFolder? Folder { get; }

    /// <summary>True for a folder (Slack export).</summary>
    public bool IsDirectory => Folder is not null;

    /// <summary>Size in bytes of the source (compressed size for gzip), or null when unknown (pipes, folders).</summary>
    public long? Length { get; }

    /// <summary>True when the input starts with the gzip magic bytes.</summary>
    public bool IsGzip => _isGzip ??= DetectGzip();

    /// <summary>The file for parallel scanning: set for a plain (uncompressed) regular file not yet read as a stream.</summary>
    public PlainFile? PlainFile => _file is not null && !_opened && !IsGzip && Length is long length ? new PlainFile(_file, length) : null;

    /// <summary>Receives the number of raw bytes read so far, for progress bars (set before reading).</summary>
    public IProgress<long>? Progress
    {
        get => _progressSink;
        set
        {
            _progressSink = value;
            if (_progress is not null)
                _progress.Sink = value;
        }
    }

    private IProgress<long>? _progressSink;

    private static string DisplayNameOf(string name)
    {
        if (name == "-")
            return "stdin";
        // /dev/fd/63 (process substitution), /dev/stdin: the whole name says more than "63"
        if (name.StartsWith("/dev/", StringComparison.Ordinal) || name.StartsWith("/proc/", StringComparison.Ordinal))
            return name;
        return Path.GetFileName(name.TrimEnd('/', '\\')) is { Length: > 0 } n ? n : name;
    }

    private bool DetectGzip()
    {
        if (IsDirectory)
            return false;
        if (_file is not null && _raw is null)
        {
            Span<byte> magic = stackalloc byte[2];
            var n = Read(_file, magic, 0);
            return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        }
        var head = Raw().Peek(2);
        return head.Length == 2 && head[0] == 0x1f && head[1] == 0x8b;
    }

    private PeekStream Raw()
    {
        if (_raw is null)
        {
            // a regular file read as a stream (gzip, or no parallel scan) starts at offset 0: FileStream tracks its own position
            var source = _stream ?? new FileStream(_file!, FileAccess.Read, bufferSize: 0);
            _progress = new ProgressStream(source) { Sink = _progressSink };
            _raw = new PeekStream(_progress);
        }
        return _raw;
    }

    private PeekStream Decoded()
    {
        if (_decoded is null)
        {
            var raw = Raw();
            _decoded = IsGzip ? new PeekStream(new GZipStream(raw, CompressionMode.Decompress)) : raw;
        }
        return _decoded;
    }

    private int Read(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        try
        {
            return RandomAccess.Read(file, buffer, offset);
        }
        catch (IOException e)
        {
            throw InputException.ForFile(Name, null, $"cannot read: {e.Message}", ErrorCodes.Unreadable, e);
        }
    }

    /// <summary>The first 64 KB (decompressed) for sniffing. Reading afterwards still starts at the beginning.</summary>
    public InputSample Sample()
    {
        if (_sample is not null)
            return _sample;
        if (IsDirectory)
            return _sample = new InputSample(Name, true, "", [], Folder);
        if (_opened)
            throw new InvalidOperationException("sample after reading started");
        byte[] head;
        if (_file is not null && !IsGzip && _raw is null)
        {
            var buffer = new byte[SampleBytes];
            var n = 0;
            while (n < buffer.Length)
            {
                var got = Read(_file, buffer.AsSpan(n), n);
                if (got <= 0)
                    break;
                n += got;
            }
            head = buffer[..n];
        }
        else
        {
            head = Decoded().Peek(SampleBytes).ToArray();
        }
        var text = Lenient.GetString(head);
        var lines = text.Split('\n');
        // the last piece may be cut mid-line unless the input ended there
        var complete = head.Length < SampleBytes ? lines : lines[..^1];
        var trimmed = complete.Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Take(200).ToList();
        return _sample = new InputSample(Name, false, text, trimmed);
    }

    /// <summary>The decompressed bytes from the start. An input is read once: a second call fails.</summary>
    public Stream OpenStream()
    {
        if (IsDirectory)
            throw new InvalidOperationException("a folder has no stream");
        if (_opened)
            throw new InvalidOperationException($"{DisplayName} is read once");
        var stream = Decoded();
        _opened = true;
        return stream;
    }

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
                throw InputException.ForFile(Name, null, "document too large", ErrorCodes.TooLarge);
        }
        return sb.ToString();
    }

    /// <summary>Closes the stream or file.</summary>
    public void Dispose()
    {
        _decoded?.Dispose();
        _raw?.Dispose();
        _stream?.Dispose();
        _file?.Dispose();
    }
}
