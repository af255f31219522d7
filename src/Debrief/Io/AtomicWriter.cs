// Writes a document atomically (temp file + rename in the same folder), refusing to replace a file unless asked.
using System.Text;

namespace Debrief.Io;

/// <summary>Atomic, non-clobbering file writes for documents.</summary>
public static class AtomicWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="text"/> as UTF-8 (a BOM only if the text starts with U+FEFF) to <paramref name="path"/>.
    /// Readers see the old file or the new one, never half of one.
    /// </summary>
    /// <exception cref="InputException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    public static void Write(string path, string text, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (Directory.Exists(full)) throw new InputException(path, null, "is a directory");
        if (!Directory.Exists(dir)) throw new InputException(path, null, "the folder does not exist");
        if (!overwrite && File.Exists(full)) throw new InputException(path, null, "already exists; use --force to replace it");
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, Utf8NoBom.GetBytes(text));
            File.Move(temp, full, overwrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            if (!overwrite && File.Exists(full)) throw new InputException(path, null, "already exists; use --force to replace it", e);
            throw new InputException(path, null, $"cannot write: {e.Message}", e);
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
