// Writes a parsed SearchQuery in each database's query language: an FTS5 MATCH expression or a PostgreSQL tsquery.
namespace Debrief.Archive.Search;

/// <summary>Renders queries. Words hold only letters and digits (see <see cref="SearchQuery.Words"/>), so quoting
/// them cannot be escaped from; the renderings are passed as parameters, never spliced into SQL.</summary>
internal static class FullTextSyntax
{
    /// <summary>An FTS5 expression: <c>("a b" OR "c" *) AND "d" NOT "e"</c>. Null when the query is empty.</summary>
    public static string? ToFts5(SearchQuery query)
    {
        if (query.IsEmpty)
            return null;
        static string Term(SearchTerm t) => "\"" + string.Join(' ', t.Words) + "\"" + (t.Prefix ? " *" : "");
        static string Clause(SearchClause c) => "(" + string.Join(" OR ", c.Alternatives.Select(Term)) + ")";
        var positive = string.Join(" AND ", query.Clauses.Where(c => !c.Negated).Select(Clause));
        var negative = string.Concat(query.Clauses.Where(c => c.Negated).Select(c => " NOT " + Clause(c)));
        return "(" + positive + ")" + negative;
    }

    /// <summary>A tsquery for <c>to_tsquery('english', ...)</c>: <c>('a' &lt;-&gt; 'b' | 'c':*) &amp; 'd' &amp; !'e'</c>. Null when empty.</summary>
    public static string? ToTsQuery(SearchQuery query)
    {
        if (query.IsEmpty)
            return null;
        static string Term(SearchTerm t)
        {
            var parts = t.Words.Select((w, i) => "'" + w + "'" + (t.Prefix && i == t.Words.Count - 1 ? ":*" : "")).ToList();
            return parts.Count == 1 ? parts[0] : "(" + string.Join(" <-> ", parts) + ")";
        }
        static string Clause(SearchClause c) => (c.Negated ? "!" : "") + "(" + string.Join(" | ", c.Alternatives.Select(Term)) + ")";
        return string.Join(" & ", query.Clauses.Where(c => !c.Negated).Concat(query.Clauses.Where(c => c.Negated)).Select(Clause));
    }

    /// <summary>One clause matching any of the given words (for "similar incidents").</summary>
    public static SearchQuery AnyOf(IEnumerable<string> words) =>
        new([new SearchClause([.. words.Select(w => new SearchTerm([w], false))], false)]);
}
