// What a document's relative links and images point at, answered by the caller: a folder on disk, an archive, or nothing.
namespace Debrief.Pipeline;

/// <summary>
/// Resolves the relative paths a document links to. The core never touches the disk itself: the CLI passes a
/// <see cref="Io.FolderAssets"/> for the document's folder, the archive server its own store, stdin passes none.
/// </summary>
public interface IAssetResolver
{
    /// <summary>True when <paramref name="relativePath"/> (relative to the document, already URL-decoded) names an
    /// existing file or folder.</summary>
    bool Exists(string relativePath);

    /// <summary>The bytes of the file at <paramref name="relativePath"/> when it exists, lies under the document's
    /// folder and is at most <paramref name="maxBytes"/> long; otherwise null.</summary>
    byte[]? Read(string relativePath, long maxBytes);
}
