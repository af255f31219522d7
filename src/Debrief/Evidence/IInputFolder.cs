// A folder input (a Slack export) as the readers see it: files by relative path, so the core itself needs no disk.
namespace Debrief.Evidence;

/// <summary>The files of a folder input. <see cref="DiskFolder"/> reads a directory; tests and servers can give their own.</summary>
public interface IInputFolder
{
    /// <summary>True when the file exists (a relative path with '/' separators).</summary>
    bool FileExists(string relativePath);

    /// <summary>True when the sub-folder exists.</summary>
    bool FolderExists(string relativePath);

    /// <summary>The files directly in a sub-folder whose names end with <paramref name="suffix"/>, as relative paths in ordinal order.</summary>
    IReadOnlyList<string> Files(string relativeFolder, string suffix);

    /// <summary>A file's text (UTF-8).</summary>
    string ReadAllText(string relativePath);

    /// <summary>The name of a file for messages: the path it was read from.</summary>
    string Describe(string relativePath);
}
