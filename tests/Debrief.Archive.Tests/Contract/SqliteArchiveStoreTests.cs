// The storage contract on SQLite: a real archive file in a temporary folder per test.
using Debrief.Archive.Storage;
using Debrief.Archive.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Debrief.Archive.Tests.Contract;

public sealed class SqliteArchiveStoreTests : ArchiveStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private int _count;

    protected override ArchiveKind Kind => ArchiveKind.Sqlite;

    protected override Task<string> NewDatabaseAsync() => Task.FromResult(_folder.File($"archive-{Interlocked.Increment(ref _count)}.db"));

    protected override async Task<long> CountSchemaRowsAsync(string db) => (long)(await ScalarAsync(db, "SELECT count(*) FROM schema_version"))!;

    protected override async Task<string> NewForeignDatabaseAsync()
    {
        var db = await NewDatabaseAsync();
        await ScalarAsync(db, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        return db;
    }

    protected override async Task<IReadOnlyList<string>> SecretsStoredAsync()
    {
        await using var c = await OpenAsync(Db);
        await using var command = new SqliteCommand("SELECT name, role, token_hash, prefix, created_by FROM api_tokens", c);
        await using var r = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await r.ReadAsync())
        {
            for (var i = 0; i < r.FieldCount; i++)
                values.Add(r.GetString(i));
        }
        return values;
    }

    protected override async Task AssertIntactAsync(string db) => Assert.Equal("ok", await ScalarAsync(db, "PRAGMA integrity_check"));

    [Fact]
    public async Task The_archive_file_uses_wal_with_foreign_keys_and_full_synchronous_writes()
    {
        Assert.Equal("wal", await ScalarAsync(Db, "PRAGMA journal_mode"));
        // The store's own connections: foreign keys on, synchronous FULL (2).
        var pm = await CreateAsync("a.md", Doc("Pragmas"));
        Assert.NotNull(pm);
        await using var c = await OpenAsync(Db);
        await using var fk = new SqliteCommand("INSERT INTO revisions (postmortem_id, number, content, content_hash, author, kind, created_at) VALUES (999, 1, '', '', 'x', 'edit', '')", c);
        await using var pragma = new SqliteCommand("PRAGMA foreign_keys = ON", c);
        await pragma.ExecuteNonQueryAsync();
        await Assert.ThrowsAsync<SqliteException>(() => fk.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Bad_locations_are_clear_errors()
    {
        var folder = await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync(_folder.Path));
        Assert.Contains("is a folder", folder.Message, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync(_folder.File("no/such/dir/a.db")));
        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
        var garbage = _folder.File("garbage.db");
        await File.WriteAllTextAsync(garbage, "this is not a database, just text that is long enough to have a header page of its own............");
        var notDb = await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync(garbage));
        Assert.Contains("not an SQLite database", notDb.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArchiveException>(() => ArchiveStores.OpenAsync(_folder.File("absent.db"), ArchiveOpenMode.MustExist));
        Assert.False(File.Exists(_folder.File("absent.db")));
    }

    private static async Task<object?> ScalarAsync(string db, string sql)
    {
        await using var c = await OpenAsync(db);
        await using var command = new SqliteCommand(sql, c);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(string db)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Pooling = false }.ToString());
        await c.OpenAsync();
        return c;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
