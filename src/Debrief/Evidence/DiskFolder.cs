// A folder input on disk: the edge between the file system and the readers of folder formats (Slack exports).
using Debrief.Io;

namespace Debrief.Evidence;

/// <summary>Reads the files of a directory for <see cref="IInputFolder"/>.</summary>
public sealed class DiskFolder(string root) : IInputFolder
{
    /// <summary>Largest file read from a folder input.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private string Full(string relative) => Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <inheritdoc />
    public bool FileExists(string relativePath) => File.Exists(Full(relativePath));

    /// <inheritdoc />
    public bool FolderExists(string relativePath) => Directory.Exists(Full(relativePath));

    /// <inheritdoc />
    public IReadOnlyList<string> Files(string relativeFolder, string suffix) =>
        Directory.Exists(Full(relativeFolder))
            ? Directory.GetFiles(Full(relativeFolder)).Select(Path.GetFileName).Where(n => n!.EndsWith(suffix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).Select(n => relativeFolder.Length == 0 ? n! : relativeFolder + "/" + n).ToList()
            : [];

    /// <inheritdoc />
    public string ReadAllText(string relativePath)
    {
        var path = Full(relativePath);
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
                throw new InputException(path, null, $"file over {MaxFileBytes / (1024 * 1024)} MB");
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, null, $"cannot read: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public string Describe(string relativePath) => Full(relativePath);
}
