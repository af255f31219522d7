// The search syntax: what user input parses to, and what each database is sent (never raw user text).
using Debrief.Archive.Search;

namespace Debrief.Archive.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("database outage", "database outage")]
    [InlineData("\"connection pool\" exhaustion", "\"connection pool\" exhaustion")]
    [InlineData("deploy*", "deploy*")]
    [InlineData("\"connection po\"*", "\"connection po\"*")]
    [InlineData("cache OR redis dns", "(cache OR redis) dns")]
    [InlineData("cache -redis", "cache -redis")]
    [InlineData("cache NOT redis", "cache -redis")]
    [InlineData("cache AND redis", "cache redis")]
    [InlineData("can't", "\"can t\"")]
    [InlineData("Ünïcode ÉTÉ", "ünïcode été")]
    [InlineData("\"unbalanced phrase", "\"unbalanced phrase\"")]
    [InlineData("AND OR", "")]
    [InlineData("OR cache", "cache")]
    [InlineData("cache OR", "cache")]
    [InlineData("a*", "a")]
    [InlineData("' OR 1=1 --", "\"1 1\"")]
    [InlineData("title:cache", "\"title cache\"")]
    [InlineData("***", "")]
    [InlineData("-", "")]
    public void Parses_user_input(string input, string understood) => Assert.Equal(understood, SearchQuery.Parse(input).ToString());

    [Fact]
    public void A_query_with_only_exclusions_or_no_words_matches_nothing()
    {
        Assert.True(SearchQuery.Parse("-cache").IsEmpty);
        Assert.True(SearchQuery.Parse("  ").IsEmpty);
        Assert.True(SearchQuery.Parse(null).IsEmpty);
        Assert.Null(FullTextSyntax.ToFts5(SearchQuery.Parse("-cache")));
        Assert.Null(FullTextSyntax.ToTsQuery(SearchQuery.Parse("AND OR")));
    }

    [Fact]
    public void Long_input_is_capped()
    {
        var q = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i)) + " " + new string('x', 500));
        Assert.Equal(SearchQuery.MaxClauses, q.Clauses.Count);
        Assert.All(q.Clauses.SelectMany(c => c.Alternatives).SelectMany(t => t.Words), w => Assert.True(w.Length <= SearchQuery.MaxWordLength));
    }

    [Fact]
    public void Renders_fts5_and_tsquery_with_quoted_words_only()
    {
        var q = SearchQuery.Parse("\"connection pool\" deploy* cache OR redis -dns");
        Assert.Equal("((\"connection pool\") AND (\"deploy\" *) AND (\"cache\" OR \"redis\")) NOT (\"dns\")", FullTextSyntax.ToFts5(q));
        Assert.Equal("(('connection' <-> 'pool')) & ('deploy':*) & ('cache' | 'redis') & !('dns')", FullTextSyntax.ToTsQuery(q));
    }

    [Theory]
    [InlineData("\"; DROP TABLE x; --")]
    [InlineData("'\\'")]
    [InlineData("NEAR(a b, 3)")]
    [InlineData("col:\"x\" ^y {z}")]
    public void No_database_syntax_survives_parsing(string input)
    {
        var fts = FullTextSyntax.ToFts5(SearchQuery.Parse(input)) ?? "";
        var ts = FullTextSyntax.ToTsQuery(SearchQuery.Parse(input)) ?? "";
        Assert.DoesNotContain(";", fts + ts, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", fts + ts, StringComparison.Ordinal);
        Assert.DoesNotContain(":\"", fts, StringComparison.Ordinal);
        Assert.DoesNotContain("{", fts + ts, StringComparison.Ordinal);
        Assert.DoesNotContain("^", fts + ts, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_terms_skip_stop_words_numbers_and_short_words()
    {
        Assert.Equal(["connection", "pool", "exhaustion", "payments", "database", "retry", "storm"],
            KeyTerms.Of("The root cause was connection pool exhaustion in the payments database after a retry storm at 10:02 on db 2."));
        Assert.True(KeyTerms.Shares("connections", new HashSet<string> { "connection" }));
    }
}
