// The asset resolver for a document on disk: relative links checked against its folder, images read from below it.
using Debrief.Pipeline;

namespace Debrief.Io;

/// <summary>Resolves a document's relative links against the folder it lives in.</summary>
public sealed class FolderAssets : IAssetResolver
{
    private readonly string _root;

    /// <summary>Resolves against <paramref name="folder"/>.</summary>
    public FolderAssets(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _root = Path.GetFullPath(folder);
    }

    /// <summary>The resolver for the document at <paramref name="documentPath"/>; null for stdin ("-" or null).</summary>
    public static FolderAssets? ForDocument(string? documentPath) =>
        documentPath is null or "-" ? null : new FolderAssets(Path.GetDirectoryName(Path.GetFullPath(documentPath)) ?? ".");

    /// <inheritdoc />
    public bool Exists(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        try
        {
            var full = Path.GetFullPath(Path.Combine(_root, relativePath));
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return true; // not a path this machine can check: do not claim it is missing
        }
    }

    /// <inheritdoc />
    public byte[]? Read(string relativePath, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        try
        {
            var full = Path.GetFullPath(Path.Combine(_root, relativePath));
            // Only files under the document's folder: a document must not pull in arbitrary files from the machine.
            if (!full.StartsWith(_root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return null;
            var info = new FileInfo(full);
            if (!info.Exists || info.Length > maxBytes)
                return null;
            return File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
