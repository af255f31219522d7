// Document paths inside the archive: relative, forward slashes, no '..', ending in .md; and the slug each one gives.
using System.Text;

namespace Debrief.Archive.Storage;

/// <summary>Checks and normalises the relative paths postmortems are exported to.</summary>
public static class ArchivePaths
{
    public const int MaxLength = 400;

    /// <summary>The normalised path (<c>\</c> read as <c>/</c>), or null with <paramref name="error"/> saying why it is refused.</summary>
    public static string? Normalize(string? path, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            error = "the path is empty";
            return null;
        }
        var p = path.Replace('\\', '/');
        if (p.Length > MaxLength)
            error = $"the path is longer than {MaxLength} characters";
        else if (p.StartsWith('/') || (p.Length > 1 && p[1] == ':'))
            error = "the path must be relative (like 2025/checkout-outage.md)";
        else if (p.Any(char.IsControl))
            error = "the path contains control characters";
        else if (p.Split('/').Any(seg => seg.Length == 0 || seg == "." || seg == ".." || seg.Trim() != seg))
            error = "the path has an empty, '.', '..' or space-padded folder name";
        else if (!p.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !p.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            error = "the path must end in .md";
        else if (p.IndexOfAny(['<', '>', '"', '|', '?', '*']) >= 0)
            error = "the path contains a character that is not allowed in file names (< > \" | ? *)";
        return error is null ? p : null;
    }

    /// <summary>The slug of a normalised path: the path without its extension (<c>2025/checkout-outage</c>).</summary>
    public static string SlugOf(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot > 0 ? path[..dot] : path;
    }

    /// <summary>A file name from a title: lower-case letters and digits (any script), words joined by hyphens.</summary>
    public static string FromTitle(string? title)
    {
        var sb = new StringBuilder();
        foreach (var c in title ?? "")
        {
            if (sb.Length >= 60)
                break;
            if (char.IsLetterOrDigit(c))
                sb.Append(char.ToLowerInvariant(c));
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '.' or ':') && sb.Length > 0 && sb[^1] != '-')
                sb.Append('-');
        }
        var stem = sb.ToString().Trim('-');
        return (stem.Length == 0 ? "postmortem" : stem) + ".md";
    }
}
