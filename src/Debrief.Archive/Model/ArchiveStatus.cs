// The review workflow states of a postmortem and their spellings in the database and in front matter.
namespace Debrief.Archive.Model;

/// <summary>Where a postmortem is in the review workflow.</summary>
public enum ArchiveStatus
{
    Draft,
    InReview,
    Published,
}

/// <summary>Conversions between <see cref="ArchiveStatus"/> and its stored and written forms.</summary>
public static class ArchiveStatuses
{
    /// <summary>The database value: <c>draft</c>, <c>in_review</c>, <c>published</c>.</summary>
    public static string ToDb(this ArchiveStatus status) => status switch
    {
        ArchiveStatus.Draft => "draft",
        ArchiveStatus.InReview => "in_review",
        ArchiveStatus.Published => "published",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The front matter value (docs/format.md): <c>draft</c>, <c>in-review</c>, <c>published</c>.</summary>
    public static string ToFrontMatter(this ArchiveStatus status) => status switch
    {
        ArchiveStatus.Draft => "draft",
        ArchiveStatus.InReview => "in-review",
        ArchiveStatus.Published => "published",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Reads a stored or written status; null for anything else.</summary>
    public static ArchiveStatus? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var key = text.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return key switch
        {
            "draft" => ArchiveStatus.Draft,
            "in-review" or "review" or "in-reviews" => ArchiveStatus.InReview,
            "published" => ArchiveStatus.Published,
            _ => null,
        };
    }

    /// <summary>Reads a database value (always valid: the schema checks it).</summary>
    public static ArchiveStatus FromDb(string value) =>
        Parse(value) ?? throw new InvalidDataException($"unknown status '{value}' in the archive");
}
