// Browsing: the filtered, sorted, paged list with facet counts; full-text search; similar incidents.
using System.Data.Common;
using Debrief.Archive.Model;
using Debrief.Archive.Search;

namespace Debrief.Archive.Storage;

internal abstract partial class SqlArchiveStore
{
    /// <summary>The highlight marks the databases put around matching words in snippets.</summary>
    protected const char MarkStart = '\u0002';
    protected const char MarkEnd = '\u0003';

    /// <summary>One ranked match.</summary>
    protected sealed record RankedRow(PostmortemSummary Summary, double Rank, string? Snippet, string RootCause);

    /// <summary>The query in the database's full-text language; null when nothing can match.</summary>
    protected abstract string? RenderQuery(SearchQuery query);

    /// <summary>How many postmortems match.</summary>
    protected abstract Task<int> CountMatchesAsync(DbConnection c, string query, FilterSql filter, long? excludeId, CancellationToken ct);

    /// <summary>The matches, best first, with snippets when asked.</summary>
    protected abstract Task<List<RankedRow>> RankAsync(DbConnection c, SearchQuery parsed, string query, FilterSql filter, long? excludeId, int limit, int offset, bool withSnippet, CancellationToken ct);

    public async Task<ListPage> ListAsync(ListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pageSize = Math.Clamp(query.PageSize, 1, ListQuery.MaxPageSize);
        var page = Math.Max(1, query.Page);
        var filter = FilterSql.From(query.Filter);
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        int total;
        await using (var count = Command(c, null, "SELECT count(*) FROM postmortems p WHERE 1 = 1" + filter.Where, [.. filter.Parameters]))
            total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        var direction = query.Descending ? "DESC" : "ASC";
        var column = query.Sort switch
        {
            ListSort.Created => "p.created_at",
            ListSort.Started => "p.started_at",
            ListSort.Title => "lower(p.title)",
            ListSort.Severity => "p.severity",
            ListSort.Score => "p.lint_score",
            _ => "p.updated_at",
        };
        var items = new List<PostmortemSummary>();
        await using (var list = Command(c, null,
            $"SELECT {SummaryColumns} FROM postmortems p WHERE 1 = 1{filter.Where} ORDER BY {column} {direction} NULLS LAST, p.id {direction} LIMIT @limit OFFSET @offset",
            [.. filter.Parameters, ("@limit", pageSize), ("@offset", (page - 1) * pageSize)]))
        await using (var r = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                items.Add(ReadSummary(r));
        }
        var facets = query.WithFacets
            ? new Facets(
                await FacetAsync(c, "SELECT p.status, count(*) FROM postmortems p WHERE 1 = 1", "p.status", query.Filter, FilterPart.Status, cancellationToken).ConfigureAwait(false),
                await FacetAsync(c, "SELECT p.severity, count(*) FROM postmortems p WHERE p.severity IS NOT NULL", "p.severity", query.Filter, FilterPart.Severity, cancellationToken).ConfigureAwait(false),
                await FacetAsync(c, "SELECT s.service, count(*) FROM postmortem_services s JOIN postmortems p ON p.id = s.postmortem_id WHERE 1 = 1", "s.service", query.Filter, FilterPart.Service, cancellationToken).ConfigureAwait(false),
                await FacetAsync(c, "SELECT t.tag, count(*) FROM postmortem_tags t JOIN postmortems p ON p.id = t.postmortem_id WHERE 1 = 1", "t.tag", query.Filter, FilterPart.Tag, cancellationToken).ConfigureAwait(false))
            : Facets.Empty;
        return new ListPage(items, total, page, pageSize, facets);
    }

    /// <summary>Facets list at most this many values (most frequent first).</summary>
    private const int MaxFacetValues = 50;

    private async Task<IReadOnlyList<FacetCount>> FacetAsync(DbConnection c, string select, string groupBy, ListFilter filter, FilterPart own, CancellationToken ct)
    {
        var f = FilterSql.From(filter, own);
        await using var command = Command(c, null, $"{select}{f.Where} GROUP BY {groupBy} ORDER BY count(*) DESC, {groupBy} LIMIT {MaxFacetValues}", [.. f.Parameters]);
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<FacetCount>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(new FacetCount(r.GetString(0), Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        return list;
    }

    public async Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pageSize = Math.Clamp(request.PageSize, 1, ListQuery.MaxPageSize);
        var page = Math.Max(1, request.Page);
        var parsed = SearchQuery.Parse(request.Text);
        var rendered = RenderQuery(parsed);
        if (rendered is null)
            return new SearchPage([], 0, page, pageSize, parsed.ToString());
        var filter = FilterSql.From(request.Filter);
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var total = await CountMatchesAsync(c, rendered, filter, null, cancellationToken).ConfigureAwait(false);
        var rows = total == 0 ? [] : await RankAsync(c, parsed, rendered, filter, null, pageSize, (page - 1) * pageSize, withSnippet: true, cancellationToken).ConfigureAwait(false);
        return new SearchPage([.. rows.Select(row => new SearchHit(row.Summary, row.Rank, SnippetParts(row.Snippet)))], total, page, pageSize, parsed.ToString());
    }

    public async Task<IReadOnlyList<SimilarIncident>> SimilarAsync(long postmortemId, int limit = 5, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, 50);
        var doc = await GetAsync(postmortemId, cancellationToken).ConfigureAwait(false);
        if (doc is null)
            return [];
        var terms = KeyTerms.Of(doc.RootCause).ToList();
        foreach (var service in doc.Summary.Services)
            terms.AddRange(SearchQuery.Words(service).Where(w => !terms.Contains(w)));
        if (terms.Count == 0)
            terms.AddRange(KeyTerms.Of(doc.Summary.Title));
        var anyTerm = FullTextSyntax.AnyOf(terms);
        var rendered = RenderQuery(anyTerm);
        if (rendered is null)
            return [];
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await RankAsync(c, anyTerm, rendered, FilterSql.From(ListFilter.None), postmortemId, limit, 0, withSnippet: false, cancellationToken).ConfigureAwait(false);
        var ownServices = new HashSet<string>(Keys(doc.Summary.Services), StringComparer.Ordinal);
        return [.. rows.Select(row =>
        {
            var words = new HashSet<string>(SearchQuery.Words(row.RootCause + " " + row.Summary.Title), StringComparer.Ordinal);
            var shared = Keys(row.Summary.Services).Where(ownServices.Contains)
                .Concat(KeyTerms.Of(doc.RootCause).Where(t => KeyTerms.Shares(t, words)))
                .Distinct(StringComparer.Ordinal).ToList();
            return new SimilarIncident(row.Summary, row.Rank, shared);
        })];
    }

    /// <summary>Splits a marked snippet into plain and highlighted parts.</summary>
    internal static IReadOnlyList<SnippetPart> SnippetParts(string? snippet)
    {
        if (string.IsNullOrEmpty(snippet))
            return [];
        var parts = new List<SnippetPart>();
        var highlighted = false;
        var start = 0;
        for (var i = 0; i <= snippet.Length; i++)
        {
            if (i < snippet.Length && snippet[i] != MarkStart && snippet[i] != MarkEnd)
                continue;
            if (i > start)
                parts.Add(new SnippetPart(snippet[start..i].Replace('\n', ' '), highlighted));
            if (i < snippet.Length)
                highlighted = snippet[i] == MarkStart;
            start = i + 1;
        }
        return parts;
    }
}
