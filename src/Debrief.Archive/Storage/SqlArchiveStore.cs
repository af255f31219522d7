// The store shared by both databases: connections, transactions, parameters, row readers and the audit write.
using System.Data.Common;
using System.Globalization;
using Debrief.Archive.Model;
using Debrief.Archive.Workflow;

namespace Debrief.Archive.Storage;

/// <summary>The SQL both databases run alike; the subclasses supply connections, locking, time values, migrations
/// and full-text search, which differ.</summary>
internal abstract partial class SqlArchiveStore : IArchiveStore
{
    protected SqlArchiveStore(ArchiveLocation location, WorkflowOptions workflow)
    {
        Location = location;
        Workflow = workflow;
    }

    protected ArchiveLocation Location { get; }
    protected WorkflowOptions Workflow { get; }

    public abstract ArchiveKind Kind { get; }
    public string Display => Location.Display;

    /// <summary>Opens a pooled connection with the per-connection settings applied.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts a write transaction (SQLite: BEGIN IMMEDIATE, so writers queue instead of deadlocking).</summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serialises account bootstrap between nodes (PostgreSQL: a transaction advisory lock).</summary>
    protected abstract Task LockAccountsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Appended to a SELECT of postmortems <c>p</c> that is about to be updated (PostgreSQL: <c>FOR UPDATE OF p</c>).</summary>
    protected abstract string LockClause { get; }

    /// <summary>The parameter value of an instant.</summary>
    protected abstract object TimeValue(DateTimeOffset value);

    /// <summary>Reads an instant column.</summary>
    protected abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>True for a unique-constraint violation.</summary>
    protected abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Applies pending migrations (safe when several processes start at once).</summary>
    internal abstract Task MigrateAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    /// <summary>Now, in UTC, to the millisecond (both databases keep that exactly).</summary>
    protected static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }

    protected DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
            AddParameter(command, name, value);
        return command;
    }

    protected void AddParameter(DbCommand command, string name, object? value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value switch
        {
            null => DBNull.Value,
            DateTimeOffset t => TimeValue(t),
            bool b => b ? 1 : 0,
            _ => value,
        };
        command.Parameters.Add(p);
    }

    protected async Task<long> ScalarLongAsync(DbConnection c, DbTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(c, tx, sql, parameters);
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    protected async Task<int> ExecuteAsync(DbConnection c, DbTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(c, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Records a write in the audit log, inside the write's transaction.</summary>
    protected Task AuditAsync(DbConnection c, DbTransaction tx, DateTimeOffset at, Actor actor, string action, string entity, long? entityId, string? detail, CancellationToken ct) =>
        ExecuteAsync(c, tx, "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (@at, @actor, @action, @entity, @entity_id, @detail)", ct,
            ("@at", at), ("@actor", actor.Name), ("@action", action), ("@entity", entity), ("@entity_id", entityId), ("@detail", detail));

    protected static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    protected DateTimeOffset? NullableTime(DbDataReader r, int i) => r.IsDBNull(i) ? null : ReadTime(r, i);

    protected static IReadOnlyList<string> Lines(string text) => text.Length == 0 ? [] : text.Split('\n');

    /// <summary>The columns <see cref="ReadSummary"/> reads, from postmortems <c>p</c>.</summary>
    protected const string SummaryColumns =
        "p.id, p.slug, p.path, p.title, p.status, p.severity, p.services, p.tags, p.started_at, p.ended_at, p.lint_score, " +
        "p.current_revision_id, p.revision_count, p.created_at, p.created_by, p.updated_at, p.updated_by";

    protected const int SummaryColumnCount = 17;

    protected PostmortemSummary ReadSummary(DbDataReader r, int o = 0) => new(
        Id: r.GetInt64(o),
        Slug: r.GetString(o + 1),
        Path: r.GetString(o + 2),
        Title: r.GetString(o + 3),
        Status: ArchiveStatuses.FromDb(r.GetString(o + 4)),
        Severity: NullableString(r, o + 5),
        Services: Lines(r.GetString(o + 6)),
        Tags: Lines(r.GetString(o + 7)),
        StartedAt: NullableTime(r, o + 8),
        EndedAt: NullableTime(r, o + 9),
        LintScore: r.GetInt32(o + 10),
        CurrentRevisionId: r.GetInt64(o + 11),
        RevisionCount: r.GetInt32(o + 12),
        CreatedAt: ReadTime(r, o + 13),
        CreatedBy: r.GetString(o + 14),
        UpdatedAt: ReadTime(r, o + 15),
        UpdatedBy: r.GetString(o + 16));

    protected const string RevisionInfoColumns = "r.id, r.postmortem_id, r.number, r.content_hash, length(r.content), r.author, r.message, r.kind, r.created_at";

    protected RevisionInfo ReadRevisionInfo(DbDataReader r, int o = 0) => new(
        Id: r.GetInt64(o),
        PostmortemId: r.GetInt64(o + 1),
        Number: r.GetInt32(o + 2),
        ContentHash: r.GetString(o + 3),
        Length: r.GetInt32(o + 4),
        Author: r.GetString(o + 5),
        Message: NullableString(r, o + 6),
        Kind: KindFromDb(r.GetString(o + 7)),
        CreatedAt: ReadTime(r, o + 8));

    protected static string KindToDb(RevisionKind kind) => kind switch
    {
        RevisionKind.Edit => "edit",
        RevisionKind.Import => "import",
        RevisionKind.Workflow => "workflow",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    protected static RevisionKind KindFromDb(string value) => value switch
    {
        "edit" => RevisionKind.Edit,
        "import" => RevisionKind.Import,
        "workflow" => RevisionKind.Workflow,
        _ => throw new InvalidDataException($"unknown revision kind '{value}' in the archive"),
    };
}
