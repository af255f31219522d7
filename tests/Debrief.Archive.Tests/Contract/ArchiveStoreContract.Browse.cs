// Contract: listing with filters, facets, sorting and paging; full-text search; similar incidents.
using Debrief.Archive.Model;
using Debrief.Archive.Tests.Infrastructure;
using Debrief.Archive.Transfer;

namespace Debrief.Archive.Tests.Contract;

public abstract partial class ArchiveStoreContract
{
    /// <summary>Five postmortems with known metadata.</summary>
    private async Task SeedAsync()
    {
        await CreateAsync("a.md", Doc("Database pool exhausted", "Connection pool exhaustion in the orders database after a retry storm.", "[orders, postgres]", "[database]", "SEV1", "2024-01-10T10:00:00Z"));
        await CreateAsync("b.md", Doc("Cache stampede", "A cache stampede overloaded the catalog service when keys expired together.", "[catalog]", "[cache, capacity]", "SEV2", "2024-02-10T10:00:00Z"));
        await CreateAsync("c.md", Doc("Deploy broke login", "A bad deployment shipped an invalid login configuration.", "[login]", "[deploy]", "SEV2", "2024-03-10T10:00:00Z"));
        await CreateAsync("d.md", Doc("Orders slow", "Connection pool exhaustion again, the orders database pool was too small for the sale.", "[orders]", "[database, capacity]", "SEV3", "2024-04-10T10:00:00Z"));
        await CreateAsync("e.md", Doc("Certificate expired", "An expired TLS certificate on the edge broke every connection.", "[edge]", "[tls]", "SEV1", "2024-05-10T10:00:00Z"));
    }

    [Fact]
    public async Task List_filters_by_status_severity_service_tag_dates_and_score_with_counts()
    {
        await SeedAsync();
        var all = await Store.ListAsync(new ListQuery());
        Assert.Equal(5, all.Total);
        Assert.Equal(5, Assert.Single(all.Facets.Status).Count);
        Assert.Equal([("SEV1", 2), ("SEV2", 2), ("SEV3", 1)], all.Facets.Severity.Select(f => (f.Value, f.Count)));
        Assert.Equal(("orders", 2), (all.Facets.Services[0].Value, all.Facets.Services[0].Count));
        Assert.Contains(all.Facets.Tags, f => f is { Value: "database", Count: 2 });

        async Task<string[]> Paths(ListFilter f) => [.. (await Store.ListAsync(new ListQuery { Filter = f, Sort = ListSort.Started, Descending = false })).Items.Select(p => p.Path)];
        Assert.Equal(["a.md", "e.md"], await Paths(new ListFilter { Severities = ["sev1"] }));
        Assert.Equal(["a.md", "d.md"], await Paths(new ListFilter { Service = "Orders" }));
        Assert.Equal(["b.md", "d.md"], await Paths(new ListFilter { Tag = "capacity" }));
        Assert.Equal(["b.md", "c.md"], await Paths(new ListFilter { StartedFrom = new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero), StartedTo = new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero) }));
        Assert.Equal(["d.md"], await Paths(new ListFilter { Service = "orders", Severities = ["SEV3"] }));
        Assert.Empty(await Paths(new ListFilter { Statuses = [ArchiveStatus.Published] }));
        var scores = all.Items.Select(p => p.LintScore).Order().ToList();
        Assert.Equal(5, (await Paths(new ListFilter { MinScore = scores[0], MaxScore = scores[^1] })).Length);
        Assert.Empty(await Paths(new ListFilter { MinScore = scores[^1] + 1 }));

        // A facet is counted without its own filter, so the other values stay visible.
        var sev1 = await Store.ListAsync(new ListQuery { Filter = new ListFilter { Severities = ["SEV1"] } });
        Assert.Equal(2, sev1.Total);
        Assert.Equal(3, sev1.Facets.Severity.Count);
        Assert.Equal(["edge", "orders", "postgres"], sev1.Facets.Services.Select(f => f.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_sorts_and_pages()
    {
        await SeedAsync();
        var byTitle = await Store.ListAsync(new ListQuery { Sort = ListSort.Title, Descending = false, PageSize = 2, Page = 2 });
        Assert.Equal(5, byTitle.Total);
        Assert.Equal(["Database pool exhausted", "Deploy broke login"], byTitle.Items.Select(p => p.Title));
        var newest = await Store.ListAsync(new ListQuery { Sort = ListSort.Started, PageSize = 1 });
        Assert.Equal("e.md", Assert.Single(newest.Items).Path);
        var beyond = await Store.ListAsync(new ListQuery { Page = 9 });
        Assert.Empty(beyond.Items);
        Assert.Equal(5, beyond.Total);
    }

    [Fact]
    public async Task Search_ranks_a_title_match_first_and_highlights_the_matching_words_in_the_snippet()
    {
        await SeedAsync();
        var page = await Store.SearchAsync(new SearchRequest { Text = "exhaustion" });
        Assert.Equal(2, page.Total);
        Assert.Equal(["a.md", "d.md"], page.Hits.Select(h => h.Postmortem.Path).Order(StringComparer.Ordinal));
        var stampede = await Store.SearchAsync(new SearchRequest { Text = "stampede" });
        var hit = Assert.Single(stampede.Hits);
        Assert.Equal("b.md", hit.Postmortem.Path);
        Assert.Contains(hit.Snippet, p => p.Highlighted && p.Text.Contains("stampede", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(hit.Snippet, p => !p.Highlighted);
        // "database" is in a's title and in d's text only: the title match ranks first.
        var database = await Store.SearchAsync(new SearchRequest { Text = "database" });
        Assert.Equal("a.md", database.Hits[0].Postmortem.Path);
        Assert.True(database.Hits[0].Rank > database.Hits[^1].Rank);
    }

    [Fact]
    public async Task Search_understands_phrases_prefixes_or_and_exclusions()
    {
        await SeedAsync();
        async Task<string[]> Find(string q) => [.. (await Store.SearchAsync(new SearchRequest { Text = q })).Hits.Select(h => h.Postmortem.Path).Order(StringComparer.Ordinal)];
        Assert.Equal(["a.md", "d.md"], await Find("\"connection pool exhaustion\""));
        Assert.Empty(await Find("\"pool connection exhaustion\""));
        Assert.Equal(["c.md"], await Find("deploy*"));
        Assert.Equal(["b.md", "e.md"], await Find("stampede OR certificate"));
        Assert.Equal(["a.md"], await Find("exhaustion -sale"));
        Assert.Equal(["a.md", "d.md"], await Find("ORDERS"));
        Assert.Equal(["d.md"], await Find("exhaustion sale"));
    }

    [Fact]
    public async Task Search_accepts_any_input_without_a_database_syntax_error()
    {
        await SeedAsync();
        string[] hostile =
        [
            "\"unbalanced", "AND OR", "OR", "NOT", "-", "\"", "\"\"", "*", "**", "(((", ")", "a:b", "title:cache", "^cache", "NEAR(cache stampede)",
            "' OR 1=1 --", "'; DROP TABLE postmortems; --", "\\", "cache\\", "{cache}", "[cache]", "cache & | ! <-> :*", "x*y*", "-cache",
            "NOT cache", "cache AND", "cache OR", "OR cache", "\u0000", "🔥 outage", "日本語", new string('a', 5000), string.Join(' ', Enumerable.Repeat("cache", 500)),
            "'", "''", "\"cache\"*", "c*", "\u0002\u0003",
        ];
        foreach (var q in hostile)
        {
            var page = await Store.SearchAsync(new SearchRequest { Text = q });
            Assert.NotNull(page);
        }
        Assert.Equal(0, (await Store.SearchAsync(new SearchRequest { Text = "AND OR" })).Total);
        Assert.Equal("b.md", Assert.Single((await Store.SearchAsync(new SearchRequest { Text = "\"stampede" })).Hits).Postmortem.Path);
        Assert.Equal(5, (await Store.ListAsync(new ListQuery())).Total);
    }

    [Fact]
    public async Task Search_combines_with_filters_and_pages()
    {
        await SeedAsync();
        var filtered = await Store.SearchAsync(new SearchRequest { Text = "exhaustion", Filter = new ListFilter { Severities = ["SEV3"] } });
        Assert.Equal("d.md", Assert.Single(filtered.Hits).Postmortem.Path);
        var first = await Store.SearchAsync(new SearchRequest { Text = "connection", PageSize = 1 });
        var second = await Store.SearchAsync(new SearchRequest { Text = "connection", PageSize = 1, Page = 2 });
        Assert.Equal(3, first.Total);
        Assert.NotEqual(first.Hits[0].Postmortem.Id, second.Hits[0].Postmortem.Id);
    }

    [Fact]
    public async Task Similar_incidents_share_root_cause_terms_and_services()
    {
        await SeedAsync();
        var a = (await Store.GetByPathAsync("a.md"))!;
        var similar = await Store.SimilarAsync(a.Summary.Id);
        Assert.NotEmpty(similar);
        Assert.Equal("d.md", similar[0].Postmortem.Path);
        Assert.DoesNotContain(similar, s => s.Postmortem.Id == a.Summary.Id);
        Assert.Contains("orders", similar[0].SharedTerms);
        Assert.Contains("exhaustion", similar[0].SharedTerms);
    }

    [Fact]
    public async Task Similar_incidents_in_the_fixture_folder_link_the_two_connection_pool_outages()
    {
        await Store.ImportAsync(ArchiveFolder.Read(TestPaths.Fixtures("folder")), new Actor("import"));
        var checkout = (await Store.GetByPathAsync("2024/checkout-db-pool.md"))!;
        Assert.Contains("connection pool", checkout.RootCause, StringComparison.OrdinalIgnoreCase);
        var similar = await Store.SimilarAsync(checkout.Summary.Id, 3);
        Assert.Equal("no-front-matter.md", similar[0].Postmortem.Path);
    }
}
