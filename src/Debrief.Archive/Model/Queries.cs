// Listing, search and "similar incidents": the filters, sort orders, pages and facet counts.
namespace Debrief.Archive.Model;

/// <summary>What a list can be sorted by.</summary>
public enum ListSort
{
    Updated,
    Created,
    Started,
    Title,
    Severity,
    Score,
}

/// <summary>Filters shared by listing and search. Empty lists and nulls mean "any".</summary>
public sealed record ListFilter
{
    public IReadOnlyList<ArchiveStatus> Statuses { get; init; } = [];
    /// <summary>Severities as shown in the facets (upper case, e.g. <c>SEV1</c>); matched without case.</summary>
    public IReadOnlyList<string> Severities { get; init; } = [];
    /// <summary>A service the postmortem involves (case-insensitive).</summary>
    public string? Service { get; init; }
    /// <summary>A tag the postmortem carries (case-insensitive).</summary>
    public string? Tag { get; init; }
    /// <summary>Incident started at or after this instant.</summary>
    public DateTimeOffset? StartedFrom { get; init; }
    /// <summary>Incident started before this instant.</summary>
    public DateTimeOffset? StartedTo { get; init; }
    public int? MinScore { get; init; }
    public int? MaxScore { get; init; }

    public static ListFilter None { get; } = new();
}

/// <summary>A page request for the list.</summary>
public sealed record ListQuery
{
    public ListFilter Filter { get; init; } = ListFilter.None;
    public ListSort Sort { get; init; } = ListSort.Updated;
    public bool Descending { get; init; } = true;
    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;
    /// <summary>Items per page, 1 to <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 25;
    /// <summary>Whether to count facets (status, severity, service, tag) too.</summary>
    public bool WithFacets { get; init; } = true;

    public const int MaxPageSize = 200;
}

/// <summary>A value and how many postmortems have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>Counts per value of each filterable field. Each facet is counted with every filter applied except its own,
/// so it shows what choosing another value would give.</summary>
public sealed record Facets(
    IReadOnlyList<FacetCount> Status,
    IReadOnlyList<FacetCount> Severity,
    IReadOnlyList<FacetCount> Services,
    IReadOnlyList<FacetCount> Tags)
{
    public static Facets Empty { get; } = new([], [], [], []);
}

/// <summary>One page of the list.</summary>
public sealed record ListPage(IReadOnlyList<PostmortemSummary> Items, int Total, int Page, int PageSize, Facets Facets);

/// <summary>A full-text search request. <see cref="Text"/> is user input in the syntax of docs/archive.md.</summary>
public sealed record SearchRequest
{
    public required string Text { get; init; }
    public ListFilter Filter { get; init; } = ListFilter.None;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>A piece of a snippet: text, highlighted when it matched the query.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);

/// <summary>One search result.</summary>
/// <param name="Rank">Higher is better (FTS5's bm25 negated; PostgreSQL's ts_rank).</param>
/// <param name="Snippet">A passage of the document with the matching words marked.</param>
public sealed record SearchHit(PostmortemSummary Postmortem, double Rank, IReadOnlyList<SnippetPart> Snippet);

/// <summary>One page of search results.</summary>
/// <param name="Query">The query as understood (normalised), for showing back to the user.</param>
public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total, int Page, int PageSize, string Query);

/// <summary>An incident like another one.</summary>
/// <param name="SharedTerms">Root-cause words and services both have.</param>
public sealed record SimilarIncident(PostmortemSummary Postmortem, double Rank, IReadOnlyList<string> SharedTerms);
