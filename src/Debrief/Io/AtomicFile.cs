// The one atomic writer (every -o, new, draft and --fix): temp file beside the target, fsync, rename; keeps mode and links.
using System.Runtime.InteropServices;
using System.Text;

namespace Debrief.Io;

/// <summary>How <see cref="AtomicFile"/> may treat an existing target.</summary>
public sealed record WriteOptions
{
    /// <summary>Replace without asking (output formats such as HTML, JSON, SVG).</summary>
    public static WriteOptions Replace { get; } = new() { Overwrite = true };

    /// <summary>Refuse to replace an existing file (hand-written documents need <c>--force</c>).</summary>
    public static WriteOptions CreateNew { get; } = new() { Overwrite = false };

    /// <summary>True to replace an existing file.</summary>
    public bool Overwrite { get; init; }

    /// <summary>Files this write must never replace, e.g. the command's inputs (compared as files: through links
    /// and hard links), each with how to name it in the message ("the input", "--chart").</summary>
    public IReadOnlyList<(string Path, string Role)> Protected { get; init; } = [];

    /// <summary>When set, the target must still hold exactly this text when it is replaced (an edit-in-place such
    /// as <c>--fix</c>: an editor's save in between is never lost).</summary>
    public string? ExpectedContent { get; init; }
}

/// <summary>
/// Writes files so that readers see the old content or the new, never part of one: a temporary file in the target's
/// folder, flushed to disk, then renamed over the target. A symbolic link is written through (the link stays, its
/// target is replaced); FIFOs, devices and sockets are refused; an existing file's permission bits are kept.
/// Temporary files left by a process that was killed are removed by the next write to the same folder.
/// </summary>
public static partial class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private const string TempMarker = ".debrief-";

    /// <summary>Writes <paramref name="text"/> as UTF-8 (no BOM is added; one at the start of the text is kept).</summary>
    /// <exception cref="InputException">The target must not or cannot be written.</exception>
    public static void WriteText(string path, string text, WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteWith(path, options, temp => File.WriteAllBytes(temp, Utf8NoBom.GetBytes(text)));
    }

    /// <summary>Lets <paramref name="produce"/> write the temporary file (e.g. a PDF printer), then moves it into place.</summary>
    /// <exception cref="InputException">The target must not or cannot be written.</exception>
    public static void WriteWith(string path, WriteOptions options, Action<string> produce)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(produce);
        var target = Target(path);
        var existing = Existing(path, target);
        if (existing is not null)
            foreach (var (other, role) in options.Protected)
                if (SameFile(target, other))
                    throw InputException.ForOutput(path, $"is {role}; refusing to write over it (choose another output)", ErrorCodes.Output);
        if (existing is null)
            foreach (var (other, role) in options.Protected)
                if (string.Equals(System.IO.Path.GetFullPath(other), target, StringComparison.Ordinal))
                    throw InputException.ForOutput(path, $"is also {role}; choose another output", ErrorCodes.Output);
        if (existing is not null && !options.Overwrite)
            throw InputException.ForOutput(path, "already exists; use {option:force} to replace it", ErrorCodes.Exists);
        var dir = System.IO.Path.GetDirectoryName(target)!;
        if (!Directory.Exists(dir))
            throw InputException.ForOutput(path, $"the output folder does not exist ({dir})", ErrorCodes.NotFound);
        RemoveStaleTemps(dir);
        var temp = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(target)}{TempMarker}{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            produce(temp);
            Flush(temp);
            if (existing is not null && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(temp, existing.UnixFileMode);
            if (options.ExpectedContent is { } expected && ReadCurrent(target) != expected)
                throw InputException.ForOutput(path, "changed on disk after it was read; not written (run again)", ErrorCodes.Changed);
            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.ForOutput(path, $"cannot write: {e.Message}", ErrorCodes.Output, e);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>The file a write to <paramref name="path"/> replaces: the final target of a symbolic link, else the path.</summary>
    private static string Target(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is not null)
            {
                var final = info.ResolveLinkTarget(returnFinalTarget: true);
                if (final is not null)
                    return final.FullName;
                throw InputException.ForOutput(path, "is a symbolic link that cannot be followed (a loop?)");
            }
        }
        catch (IOException e)
        {
            throw InputException.ForOutput(path, $"is a symbolic link that cannot be followed: {e.Message}", ErrorCodes.Output, e);
        }
        return full;
    }

    /// <summary>The regular file at the target, null when there is none; refuses folders and special files.</summary>
    private static FileInfo? Existing(string path, string target)
    {
        if (Directory.Exists(target))
            throw InputException.ForOutput(path, "is a folder, expected a file", ErrorCodes.WrongKind);
        var info = new FileInfo(target);
        if (!info.Exists)
            return null;
        if (!OperatingSystem.IsWindows() && IsSpecial(target))
            throw InputException.ForOutput(path, "is not a regular file (a FIFO, device or socket); write to a file instead", ErrorCodes.WrongKind);
        return info;
    }

    private static bool IsSpecial(string path)
    {
        // FileInfo reports FIFOs, sockets and devices as plain files, so ask stat(2) for the file type.
        return Stat(path) is { } mode && (mode & 0xF000) != 0x8000; // S_IFMT != S_IFREG
    }

    private static string? ReadCurrent(string target)
    {
        try
        {
            return File.Exists(target) ? Utf8NoBom.GetString(File.ReadAllBytes(target)) : null; // a BOM stays a U+FEFF, as TextInput reads it
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Flush(string temp)
    {
        using var stream = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Removes temporary files of this writer whose process is gone (a <c>kill -9</c> mid-write).</summary>
    private static void RemoveStaleTemps(string dir)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(dir, "." + "*" + TempMarker + "*.tmp"))
            {
                var name = System.IO.Path.GetFileName(file);
                var at = name.LastIndexOf(TempMarker, StringComparison.Ordinal);
                var dash = name.IndexOf('-', at + TempMarker.Length);
                if (at < 0 || dash < 0 || !int.TryParse(name.AsSpan(at + TempMarker.Length, dash - at - TempMarker.Length), out var pid))
                    continue;
                if (pid != Environment.ProcessId && !ProcessAlive(pid))
                    TryDelete(file);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder we cannot list is reported by the write itself.
        }
    }

    private static bool ProcessAlive(int pid) =>
        OperatingSystem.IsLinux() ? Directory.Exists($"/proc/{pid}") : true;

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>True when both paths name the same file (same device and inode; links followed).</summary>
    public static bool SameFile(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == "-" || b == "-")
            return false;
        var ia = Identity(a);
        var ib = Identity(b);
        if (ia is not null && ib is not null)
            return ia == ib;
        return string.Equals(System.IO.Path.GetFullPath(a), System.IO.Path.GetFullPath(b), StringComparison.Ordinal);
    }

    /// <summary>st_mode of a path (following links), or null where it cannot be read.</summary>
    internal static int? Stat(string path) => StatFields(path)?.Mode;

    private static (ulong Device, ulong Inode)? Identity(string path) =>
        StatFields(path) is { } f ? (f.Device, f.Inode) : null;

    private static (int Mode, ulong Device, ulong Inode)? StatFields(string path)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        // glibc's struct stat: st_mode is 32 bits at offset 24 on x86-64 and at offset 16 on arm64.
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (offset < 0)
            return null;
        var buffer = new byte[256];
        // st_dev at 0 and st_ino at 8 on both.
        return StatMode(path, buffer) == 0
            ? (BitConverter.ToInt32(buffer, offset), BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8))
            : null;
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatMode(string path, byte[] buffer);
}
