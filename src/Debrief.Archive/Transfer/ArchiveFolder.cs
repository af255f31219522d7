// Docs-as-code: reads a folder of Markdown files for import and writes the archive back as the same files.
using System.Text;
using Debrief.Archive.Documents;
using Debrief.Archive.Model;
using Debrief.Archive.Storage;
using Debrief.Io;

namespace Debrief.Archive.Transfer;

/// <summary>What an export did.</summary>
public sealed record ExportReport(int Written, int Unchanged);

/// <summary>Reads and writes folders of postmortems: <c>*.md</c> files (hidden files and folders such as <c>.git</c>
/// skipped), paths kept relative to the folder, bytes kept exactly (BOM, line endings).</summary>
public static class ArchiveFolder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>The Markdown files under <paramref name="folder"/>, ordered by relative path.</summary>
    /// <exception cref="ArchiveException">The folder does not exist.</exception>
    /// <exception cref="InvalidImportException">A file cannot be read or is not UTF-8 text.</exception>
    public static IReadOnlyList<ImportFile> Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (File.Exists(folder))
            throw new ArchiveException($"{folder}: is a file, expected a folder of Markdown files");
        if (!Directory.Exists(folder))
            throw new ArchiveException($"{folder}: no such folder");
        var root = Path.GetFullPath(folder);
        List<string> paths;
        try
        {
            paths = [.. Directory.EnumerateFiles(root, "*.md", Walk).Concat(Directory.EnumerateFiles(root, "*.markdown", Walk))
                .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ArchiveException($"{folder}: cannot list the folder: {e.Message}", e);
        }
        var files = new List<ImportFile>(paths.Count);
        foreach (var relative in paths)
        {
            try
            {
                files.Add(new ImportFile(relative, CoreDocuments.ReadFile(Path.Combine(root, relative))));
            }
            catch (InputException e)
            {
                throw new InvalidImportException(Path.Combine(folder, relative), e.Line, e.Message);
            }
        }
        return files;
    }

    /// <summary>Writes every postmortem's current text to its path under <paramref name="folder"/> (created if its parent
    /// exists). Files whose bytes are already right are left untouched; others are replaced atomically.</summary>
    public static async Task<ExportReport> WriteAsync(IArchiveStore store, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(folder);
        if (File.Exists(folder))
            throw new ArchiveException($"{folder}: is a file, expected a folder to export into");
        var root = Path.GetFullPath(folder);
        var parent = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar));
        if (!Directory.Exists(root) && parent is not null && !Directory.Exists(parent))
            throw new ArchiveException($"{folder}: the folder {parent} does not exist");
        Directory.CreateDirectory(root);
        int written = 0, unchanged = 0;
        await foreach (var file in store.ExportAsync(cancellationToken).ConfigureAwait(false))
        {
            var relative = ArchivePaths.Normalize(file.Path, out var error)
                ?? throw new ArchiveException($"{file.Path}: the archive holds a path that cannot be exported ({error})");
            var target = Path.GetFullPath(Path.Combine(root, relative));
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new ArchiveException($"{file.Path}: the archive holds a path outside the export folder");
            var bytes = Utf8NoBom.GetBytes(file.Text);
            if (File.Exists(target) && new FileInfo(target).Length == bytes.Length && (await File.ReadAllBytesAsync(target, cancellationToken).ConfigureAwait(false)).AsSpan().SequenceEqual(bytes))
            {
                unchanged++;
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
            try
            {
                await File.WriteAllBytesAsync(temp, bytes, cancellationToken).ConfigureAwait(false);
                File.Move(temp, target, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                throw new ArchiveException($"{target}: cannot write: {e.Message}", e);
            }
            written++;
        }
        return new ExportReport(written, unchanged);
    }
}
