// The file-system edge of evidence: opens each path given on the command line exactly once (file, FIFO, /dev/fd/N, folder).
using Debrief.Io;
using Microsoft.Win32.SafeHandles;

namespace Debrief.Evidence;

/// <summary>The opened inputs of one run; disposing closes them all.</summary>
public sealed class InputSet : List<LogInput>, IDisposable
{
    /// <summary>Closes every input.</summary>
    public void Dispose()
    {
        foreach (var input in this)
            input.Dispose();
    }
}

/// <summary>Turns paths into <see cref="LogInput"/>s. A regular file is opened once and read at any offset (the parallel
/// scan); anything else that opens as a file (a FIFO, <c>/dev/stdin</c>, process substitution's <c>/dev/fd/N</c>) is read
/// as a stream; a directory is a folder input.</summary>
public static class EvidenceFiles
{
    /// <summary>Opens every path in order; "-" takes <paramref name="stdin"/> (given by the caller: the core never opens the console).</summary>
    public static InputSet OpenAll(IReadOnlyList<string> paths, Func<Stream>? stdin)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
            throw new InputException(null, null, "no input given");
        if (paths.Count(p => p == "-") > 1)
            throw new InputException(null, null, "stdin (-) can be given once");
        var set = new InputSet();
        try
        {
            foreach (var path in paths)
            {
                if (path == "-")
                {
                    if (stdin is null)
                        throw new InputException(null, null, "stdin (-) is not available here");
                    set.Add(LogInput.FromStream("-", stdin()));
                }
                else
                    set.Add(Open(path));
            }
            return set;
        }
        catch
        {
            set.Dispose();
            throw;
        }
    }

    /// <summary>Opens one path. Missing or unreadable paths become <see cref="InputException"/>.</summary>
    public static LogInput Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
            return LogInput.FromFolder(path, new DiskFolder(path));
        SafeFileHandle handle;
        try
        {
            // a FIFO blocks here until its writer opens it, as with cat
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw InputException.ForFile(path, null, "no such file or folder", ErrorCodes.NotFound, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.ForFile(path, null, $"cannot read: {e.Message}", ErrorCodes.Unreadable, e);
        }
        long length;
        try
        {
            length = RandomAccess.GetLength(handle);
        }
        catch (NotSupportedException)
        {
            // a pipe or socket: no offsets, read it as it comes
            return LogInput.FromStream(path, new FileStream(handle, FileAccess.Read, bufferSize: 0));
        }
        // size 0 is an empty file, or a device or /proc file whose size says nothing: read those as streams too
        return length > 0 ? LogInput.FromFile(path, handle, length) : LogInput.FromStream(path, new FileStream(handle, FileAccess.Read, bufferSize: 0));
    }
}
