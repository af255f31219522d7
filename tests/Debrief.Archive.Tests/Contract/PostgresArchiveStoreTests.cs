// The storage contract on a real PostgreSQL 15: a fresh database (random name) per test on the shared test server.
using Debrief.Archive.Storage;
using Debrief.Archive.Tests.Infrastructure;
using Npgsql;

namespace Debrief.Archive.Tests.Contract;

[Collection(PostgresCollection.Name)]
public sealed class PostgresArchiveStoreTests(PostgresServer server) : ArchiveStoreContract
{
    protected override ArchiveKind Kind => ArchiveKind.Postgres;

    protected override Task<string> NewDatabaseAsync() => server.CreateDatabaseAsync();

    protected override async Task<long> CountSchemaRowsAsync(string db) => (long)(await ScalarAsync(db, "SELECT count(*) FROM schema_version"))!;

    protected override async Task<string> NewForeignDatabaseAsync()
    {
        var db = await NewDatabaseAsync();
        await ScalarAsync(db, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        return db;
    }

    protected override async Task<IReadOnlyList<string>> SecretsStoredAsync()
    {
        await using var c = new NpgsqlConnection(Db);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT name, role, token_hash, prefix, created_by FROM api_tokens", c);
        await using var r = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await r.ReadAsync())
        {
            for (var i = 0; i < r.FieldCount; i++)
                values.Add(r.GetString(i));
        }
        return values;
    }

    protected override async Task AssertIntactAsync(string db)
    {
        // No half-written postmortem: every row points at a revision of its own, and the counts agree.
        Assert.Equal(0L, await ScalarAsync(db,
            "SELECT count(*) FROM postmortems p LEFT JOIN revisions r ON r.id = p.current_revision_id WHERE r.id IS NULL OR r.postmortem_id <> p.id OR r.number <> p.revision_count"));
    }

    [Fact]
    public async Task Search_uses_the_gin_index_on_the_generated_tsvector()
    {
        var plan = (string)(await ScalarAsync(Db, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_postmortem_text_search'"))!;
        Assert.Contains("USING gin (search_vector)", plan, StringComparison.Ordinal);
        await CreateAsync("a.md", Doc("Generated column"));
        Assert.Equal(1L, await ScalarAsync(Db, "SELECT count(*) FROM postmortem_text WHERE search_vector @@ to_tsquery('english', 'generated')"));
    }

    [Fact]
    public async Task An_unreachable_server_and_a_bad_connection_string_are_clear_errors()
    {
        var down = await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync("Host=127.0.0.1;Port=1;Database=x;Username=postgres;Timeout=3"));
        Assert.Contains("cannot open the PostgreSQL database 'x' on 127.0.0.1:1", down.Message, StringComparison.Ordinal);
        var bad = await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync("Host=127.0.0.1;Colour=blue"));
        Assert.Contains("bad PostgreSQL connection string", bad.Message, StringComparison.Ordinal);
        var missingDb = await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "no_such_db_here" }.ToString()));
        Assert.Contains("does not exist", missingDb.Message, StringComparison.Ordinal);
    }

    private static async Task<object?> ScalarAsync(string db, string sql)
    {
        await using var c = new NpgsqlConnection(db);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        return await command.ExecuteScalarAsync();
    }
}
