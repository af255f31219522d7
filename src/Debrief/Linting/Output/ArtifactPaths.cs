// Turns the paths the user gave into what machine formats need: repo-relative paths and RFC 3986 file URIs.
namespace Debrief.Linting.Output;

/// <summary>Where a linted document lives, relative to a base directory when it is inside it.</summary>
/// <param name="Relative">The path relative to the base directory with '/' separators, or null (outside the base, or stdin).</param>
/// <param name="FullPath">The absolute path, or null for stdin.</param>
public sealed record ArtifactPath(string? Relative, string? FullPath)
{
    /// <summary>True for standard input ("-").</summary>
    public bool IsStdin => FullPath is null;
}

/// <summary>Path and URI arithmetic for the SARIF and GitHub formatters.</summary>
public static class ArtifactPaths
{
    /// <summary>
    /// Resolves a path as given ("-" is stdin; a relative path is relative to the current directory, where it was
    /// opened) and makes it relative to <paramref name="baseDirectory"/> when it is inside it.
    /// </summary>
    public static ArtifactPath Resolve(string path, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        if (path == "-")
            return new ArtifactPath(null, null);
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Path.GetFullPath(baseDirectory), full);
        var inside = !Path.IsPathRooted(relative) && relative != "." && relative != ".."
                     && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return new ArtifactPath(inside ? ToSlashes(relative) : null, full);
    }

    /// <summary>A relative URI reference: each segment of a '/'-separated path percent-encoded (UTF-8, RFC 3986).</summary>
    public static string RelativeUri(string slashPath)
    {
        ArgumentNullException.ThrowIfNull(slashPath);
        return string.Join('/', slashPath.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>An absolute <c>file:</c> URI for an absolute path (POSIX, Windows drive or UNC), segments percent-encoded.</summary>
    public static string FileUri(string fullPath, bool directory = false)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var p = ToSlashes(fullPath);
        string uri;
        if (p.StartsWith("//", StringComparison.Ordinal))
        {
            // UNC \\server\share\x: the server is the authority.
            uri = "file:" + RelativeUri(p);
        }
        else if (p.Length >= 2 && char.IsAsciiLetter(p[0]) && p[1] == ':')
        {
            // C:/x -> file:///C:/x (the drive colon stays literal, as in RFC 8089).
            uri = "file:///" + p[..2] + RelativeUri(p[2..]);
        }
        else
        {
            uri = "file://" + RelativeUri(p.StartsWith('/') ? p : "/" + p);
        }
        return directory && !uri.EndsWith('/') ? uri + "/" : uri;
    }

    private static string ToSlashes(string path) =>
        Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;
}
