// The SQLite archive: one file, WAL journal, synchronous=FULL, foreign keys on, a busy timeout; FTS5 for search.
using System.Data.Common;
using System.Globalization;
using Debrief.Archive.Migrations;
using Debrief.Archive.Search;
using Debrief.Archive.Workflow;
using Microsoft.Data.Sqlite;

namespace Debrief.Archive.Storage.Sqlite;

/// <summary>An archive in an SQLite file. Writers take the write lock up front (BEGIN IMMEDIATE) and wait for each
/// other up to <see cref="BusyTimeoutMs"/>; readers never block thanks to WAL.</summary>
internal sealed class SqliteArchiveStore : SqlArchiveStore
{
    /// <summary>How long a writer waits for another one before failing.</summary>
    public const int BusyTimeoutMs = 15_000;

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private readonly string _connectionString;

    public SqliteArchiveStore(ArchiveLocation location, WorkflowOptions workflow)
        : base(location, workflow)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = location.Target,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
    }

    public override ArchiveKind Kind => ArchiveKind.Sqlite;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragmas = connection.CreateCommand();
            // synchronous=FULL: a commit is on disk (WAL fsync) before it is acknowledged.
            pragmas.CommandText = $"PRAGMA synchronous = FULL; PRAGMA busy_timeout = {BusyTimeoutMs};";
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);

    protected override Task LockAccountsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask; // BEGIN IMMEDIATE already holds the database's write lock.

    protected override string LockClause => "";

    protected override object TimeValue(DateTimeOffset value) => value.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    protected override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };

    protected override string? RenderQuery(SearchQuery query) => FullTextSyntax.ToFts5(query);

    protected override async Task<int> CountMatchesAsync(DbConnection c, string query, FilterSql filter, long? excludeId, CancellationToken ct)
    {
        var sql = filter.Where.Length == 0 && excludeId is null
            ? "SELECT count(*) FROM postmortem_search WHERE postmortem_search MATCH @q"
            : "SELECT count(*) FROM postmortem_search JOIN postmortems p ON p.id = postmortem_search.rowid WHERE postmortem_search MATCH @q" + filter.Where + (excludeId is null ? "" : " AND p.id <> @exclude");
        await using var command = Command(c, null, sql, [.. filter.Parameters, ("@q", query), ("@exclude", excludeId)]);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    protected override async Task<List<RankedRow>> RankAsync(DbConnection c, SearchQuery parsed, string query, FilterSql filter, long? excludeId, int limit, int offset, bool withSnippet, CancellationToken ct)
    {
        // Rank first (bm25, weights set in the migration; FTS5 alone when nothing is filtered), then make snippets
        // for the page only.
        var hits = filter.Where.Length == 0 && excludeId is null
            ? "SELECT rowid AS id, rank AS score FROM postmortem_search WHERE postmortem_search MATCH @q ORDER BY rank LIMIT @limit OFFSET @offset"
            : "SELECT postmortem_search.rowid AS id, postmortem_search.rank AS score FROM postmortem_search JOIN postmortems p ON p.id = postmortem_search.rowid " +
              "WHERE postmortem_search MATCH @q" + filter.Where + (excludeId is null ? "" : " AND p.id <> @exclude") + " ORDER BY postmortem_search.rank LIMIT @limit OFFSET @offset";
        var snippet = withSnippet ? "snippet(postmortem_search, -1, char(2), char(3), '…', 24)" : "NULL";
        var join = withSnippet ? " JOIN postmortem_search ON postmortem_search.rowid = hits.id AND postmortem_search MATCH @q" : "";
        var sql = $"WITH hits AS ({hits}) SELECT {SummaryColumns}, -hits.score, {snippet}, t.root_cause FROM hits JOIN postmortems p ON p.id = hits.id " +
            $"JOIN postmortem_text t ON t.postmortem_id = hits.id{join} ORDER BY hits.score, p.id";
        await using var command = Command(c, null, sql, [.. filter.Parameters, ("@q", query), ("@exclude", excludeId), ("@limit", limit), ("@offset", offset)]);
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<RankedRow>();
        var o = SummaryColumnCount;
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            rows.Add(new RankedRow(ReadSummary(r), r.GetDouble(o), NullableString(r, o + 1), r.GetString(o + 2)));
        return rows;
    }

    internal override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var c = (SqliteConnection)await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var wal = c.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL";
            await wal.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
        // BEGIN IMMEDIATE: a second process starting at the same time waits here, then finds the schema current.
        await using var tx = c.BeginTransaction(deferred: false);
        var tables = new List<string>();
        await using (var list = Command(c, tx, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        await using (var r = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                tables.Add(r.GetString(0));
        }
        if (tables.Count > 0 && !tables.Contains("schema_version"))
            throw new ArchiveException($"{Display}: is an SQLite database but not a Debrief archive (it has tables and no schema_version table)");
        await ExecuteAsync(c, tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellationToken).ConfigureAwait(false);
        var current = (int)await ScalarLongAsync(c, tx, "SELECT coalesce(max(version), 0) FROM schema_version", cancellationToken).ConfigureAwait(false);
        if (current > MigrationCatalog.Latest)
            throw new ArchiveException($"{Display}: was written by a newer Debrief (schema {current}; this one knows up to {MigrationCatalog.Latest})");
        foreach (var migration in MigrationCatalog.All.Where(m => m.Version > current))
        {
            await ExecuteAsync(c, tx, migration.Sqlite, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(c, tx, "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @name, @at)", cancellationToken,
                ("@v", migration.Version), ("@name", migration.Name), ("@at", Now())).ConfigureAwait(false);
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public override ValueTask DisposeAsync()
    {
        // Close the pooled connections so the file (and its -wal) are released, e.g. before a test deletes it.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
