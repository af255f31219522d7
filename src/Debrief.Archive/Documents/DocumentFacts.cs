// What the archive stores about a document, as the core read it: metadata, search text, where the status line is.
using Debrief.Archive.Model;

namespace Debrief.Archive.Documents;

/// <summary>The metadata of one document (front matter first, then the prose), computed by the core.</summary>
/// <param name="Title">The title, or null when the document has none (the store falls back to the file name).</param>
/// <param name="StatusText">The front matter <c>status</c> value as written, or null.</param>
/// <param name="Severity">Front matter severity, upper-cased.</param>
/// <param name="LintScore">The 0-100 lint score.</param>
/// <param name="RootCause">The root-cause sentence, or empty.</param>
/// <param name="SearchText">The prose of the document without markup, one line per source line, for full-text search.</param>
/// <param name="FrontMatter">Where the front matter is, for rewriting its status line; null without front matter.</param>
public sealed record DocumentFacts(
    string? Title,
    string? StatusText,
    string? Severity,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Tags,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    int LintScore,
    string RootCause,
    string SearchText,
    FrontMatterLocation? FrontMatter)
{
    /// <summary>The workflow status the document states; draft when it states none (or something unknown).</summary>
    public ArchiveStatus Status => ArchiveStatuses.Parse(StatusText) ?? ArchiveStatus.Draft;
}

/// <summary>The front matter block: its first and last line (the <c>---</c> delimiters) and the line of its status key.</summary>
public sealed record FrontMatterLocation(int FirstLine, int LastLine, int? StatusLine);

/// <summary>A document the core refused (malformed front matter, binary, too large).</summary>
public sealed class InvalidDocumentException(string message, int? line, Exception? inner = null) : Exception(message, inner)
{
    public int? Line { get; } = line;
}
