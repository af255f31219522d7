// The stored postmortem: its metadata (computed from the document), its revisions and their ETags.
namespace Debrief.Archive.Model;

/// <summary>How a revision came to be.</summary>
public enum RevisionKind
{
    /// <summary>Written by a person (editor, API, upload).</summary>
    Edit,
    /// <summary>Read from a folder by <c>debrief archive import</c>.</summary>
    Import,
    /// <summary>The status line rewritten by a workflow transition.</summary>
    Workflow,
}

/// <summary>A postmortem as listed: metadata only, no text.</summary>
public sealed record PostmortemSummary(
    long Id,
    string Slug,
    string Path,
    string Title,
    ArchiveStatus Status,
    string? Severity,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Tags,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    int LintScore,
    long CurrentRevisionId,
    int RevisionCount,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy)
{
    /// <summary>The ETag of the current revision (what an update must name as its base).</summary>
    public string ETag => RevisionTag.Format(CurrentRevisionId);
}

/// <summary>One saved version of a postmortem's Markdown.</summary>
public sealed record Revision(
    long Id,
    long PostmortemId,
    int Number,
    string Content,
    string ContentHash,
    string Author,
    string? Message,
    RevisionKind Kind,
    DateTimeOffset CreatedAt)
{
    public string ETag => RevisionTag.Format(Id);
}

/// <summary>A revision without its text, for history lists.</summary>
public sealed record RevisionInfo(
    long Id,
    long PostmortemId,
    int Number,
    string ContentHash,
    int Length,
    string Author,
    string? Message,
    RevisionKind Kind,
    DateTimeOffset CreatedAt)
{
    public string ETag => RevisionTag.Format(Id);
}

/// <summary>A postmortem with its current text.</summary>
/// <param name="Summary">The metadata.</param>
/// <param name="Current">The current revision (its <see cref="Revision.Content"/> is the document).</param>
/// <param name="RootCause">The root-cause sentence the core found, or empty.</param>
public sealed record PostmortemDocument(PostmortemSummary Summary, Revision Current, string RootCause);

/// <summary>ETags: a revision id, quoted as HTTP wants (<c>"r42"</c>); weak tags are accepted when parsing.</summary>
public static class RevisionTag
{
    public static string Format(long revisionId) => $"\"r{revisionId.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    /// <summary>Reads an ETag made by <see cref="Format"/>; false for anything else.</summary>
    public static bool TryParse(string? etag, out long revisionId)
    {
        revisionId = 0;
        if (etag is null)
            return false;
        var t = etag.Trim();
        if (t.StartsWith("W/", StringComparison.Ordinal))
            t = t[2..];
        if (t.Length < 4 || t[0] != '"' || t[^1] != '"' || t[1] != 'r')
            return false;
        return long.TryParse(t.AsSpan(2, t.Length - 3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out revisionId)
            && revisionId > 0;
    }
}
