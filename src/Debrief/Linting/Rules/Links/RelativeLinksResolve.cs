// DB080: relative links and images point at files that exist next to the document.
namespace Debrief.Linting.Rules.Links;

/// <summary>Reports relative link and image targets that do not exist.</summary>
public sealed class RelativeLinksResolve : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB080", Name: "relative-links-resolve", Family: RuleFamilies.Links,
        Summary: "A relative link or image points at a file that does not exist",
        Why: "A postmortem is evidence; a broken link to the dashboard screenshot or the log excerpt loses it, usually when the document is moved into the archive.",
        Bad: "## Timeline\n\n![Error rate during the outage](images/does-not-exist.png)\n",
        Good: "## Timeline\n\n![Error rate during the outage](https://example.com/error-rate.png)\n")
    {
        HowToFix = "Commit the file next to the document, fix the path (relative to the document), or link to an absolute URL.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var assets = context.Assets;
        if (assets is null)
            yield break; // stdin or in-memory: nothing to resolve against
        var targets = context.Document.Images.Select(i => (i.Url, i.Span, Kind: "image"))
            .Concat(context.Document.Links.Select(l => (l.Url, l.Span, Kind: "link")));
        foreach (var (url, span, kind) in targets)
        {
            var path = LocalPath(url);
            if (path is null || Normalize(path) is not { } normalized)
                continue;
            if (!assets.Exists(path))
                yield return Info.At(span, $"{kind} '{url}' does not resolve (no file {normalized})");
        }
    }

    /// <summary>"a/./b/../c.png" as "a/c.png" (pure text: the resolver decides what exists); null for paths that
    /// cannot be a file name.</summary>
    internal static string? Normalize(string relative)
    {
        var parts = new List<string>();
        foreach (var part in relative.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
                continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
                parts.RemoveAt(parts.Count - 1);
            else
                parts.Add(part);
        }
        if (parts.Count == 0 || parts.Any(p => p.Contains('\0')))
            return null;
        return string.Join('/', parts);
    }

    /// <summary>The file path a relative URL names, or null for web URLs, anchors, mail and data URLs.</summary>
    internal static string? LocalPath(string url)
    {
        var u = url.Trim().Trim('<', '>');
        // "/blog/..." is relative to a web site's root, not to the file: it cannot be checked here.
        if (u.Length == 0 || u.StartsWith('#') || u.StartsWith('/') || u.StartsWith('\\'))
            return null;
        var colon = u.IndexOf(':');
        var slash = u.IndexOfAny(['/', '\\']);
        if (colon > 1 && (slash < 0 || colon < slash))
            return null; // scheme: http:, https:, mailto:, data:, ftp:...
        if (u.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return null;
        var cut = u.IndexOfAny(['#', '?']);
        if (cut >= 0)
            u = u[..cut];
        if (u.Length == 0)
            return null;
        try
        {
            return Uri.UnescapeDataString(u);
        }
        catch (UriFormatException)
        {
            return u;
        }
    }
}
