// The storage contract every archive database must meet; SQLite and PostgreSQL each run all of it.
using Debrief.Archive.Migrations;
using Debrief.Archive.Model;
using Debrief.Archive.Storage;

namespace Debrief.Archive.Tests.Contract;

/// <summary>The contract tests. Each test gets a fresh, migrated archive in <see cref="Store"/> (its own file or database).</summary>
public abstract partial class ArchiveStoreContract : IAsyncLifetime
{
    protected static readonly Actor Alice = new("alice");
    protected static readonly Actor Bob = new("bob");

    /// <summary>The --db value of a new, empty archive location (nothing created yet for SQLite; an empty database for PostgreSQL).</summary>
    protected abstract Task<string> NewDatabaseAsync();

    protected abstract ArchiveKind Kind { get; }

    protected string Db { get; private set; } = "";
    protected IArchiveStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await NewDatabaseAsync();
        Store = await ArchiveStores.OpenAsync(Db);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    /// <summary>A small postmortem with the given metadata in front matter.</summary>
    protected static string Doc(string title, string rootCause = "A misconfigured load balancer dropped half of the traffic.", string services = "[web]",
        string tags = "[]", string severity = "SEV2", string started = "2024-05-01T10:00:00Z", string? status = null, string extra = "") =>
        $"---\ntitle: {title}\n{(status is null ? "" : $"status: {status}\n")}severity: {severity}\nservices: {services}\ntags: {tags}\nstarted: {started}\n---\n\n" +
        $"# {title}\n\n## Summary\n\nUsers saw errors for an hour. {extra}\n\n## Timeline\n\n- 10:00 Errors start.\n- 10:05 The on-call engineer is paged.\n- 11:00 Errors stop.\n\n" +
        $"## Root cause\n\n{rootCause}\n";

    protected async Task<PostmortemSummary> CreateAsync(string path, string text, Actor? actor = null)
    {
        var result = await Store.CreateAsync(path, text, actor ?? Alice);
        Assert.True(result.Status == WriteStatus.Saved, $"create {path}: {result.Status} {result.Error}");
        return result.Postmortem!;
    }

    [Fact]
    public void Kind_is_the_database_under_test() => Assert.Equal(Kind, Store.Kind);

    [Fact]
    public async Task A_fresh_archive_is_at_the_latest_schema_and_reopening_applies_nothing()
    {
        Assert.Equal(MigrationCatalog.Latest, await Store.SchemaVersionAsync());
        await CreateAsync("a.md", Doc("Kept across reopen"));
        await using var again = await ArchiveStores.OpenAsync(Db);
        Assert.Equal(MigrationCatalog.Latest, await again.SchemaVersionAsync());
        Assert.NotNull(await again.GetByPathAsync("a.md"));
    }

    [Fact]
    public async Task Two_migrators_starting_at_once_on_a_fresh_database_make_one_schema_without_error()
    {
        var db = await NewDatabaseAsync();
        using var start = new ManualResetEventSlim();
        var openers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await ArchiveStores.OpenAsync(db);
        })).ToArray();
        start.Set();
        var stores = await Task.WhenAll(openers);
        try
        {
            foreach (var store in stores)
                Assert.Equal(MigrationCatalog.Latest, await store.SchemaVersionAsync());
            // One row per migration: neither node applied a migration twice.
            var audit = await stores[0].CreateAsync("x.md", Doc("After two migrators"), Alice);
            Assert.Equal(WriteStatus.Saved, audit.Status);
            Assert.Equal(MigrationCatalog.All.Count, await CountSchemaRowsAsync(db));
        }
        finally
        {
            foreach (var store in stores)
                await store.DisposeAsync();
        }
    }

    /// <summary>Rows in schema_version, read with the database's own client.</summary>
    protected abstract Task<long> CountSchemaRowsAsync(string db);

    /// <summary>Creates a table that is not Debrief's in a new database and returns its --db value.</summary>
    protected abstract Task<string> NewForeignDatabaseAsync();

    [Fact]
    public async Task A_database_with_other_tables_is_refused_as_not_a_Debrief_archive()
    {
        var db = await NewForeignDatabaseAsync();
        var e = await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync(db));
        Assert.Contains("not a Debrief archive", e.Message, StringComparison.Ordinal);
    }
}
