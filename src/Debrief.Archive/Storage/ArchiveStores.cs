// Opens the archive named by --db: checks the location, picks SQLite or PostgreSQL, applies migrations.
using System.Net.Sockets;
using Debrief.Archive.Storage.Postgres;
using Debrief.Archive.Storage.Sqlite;
using Debrief.Archive.Workflow;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Debrief.Archive.Storage;

/// <summary>Whether opening may create a new archive.</summary>
public enum ArchiveOpenMode
{
    /// <summary>A missing SQLite file is created (serve, import, token).</summary>
    CreateIfMissing,
    /// <summary>A missing SQLite file is an error (export: a typo must not export an empty archive).</summary>
    MustExist,
}

/// <summary>Opens archives.</summary>
public static class ArchiveStores
{
    /// <summary>Opens (and migrates) the archive at <paramref name="db"/>: a file path for SQLite, a connection string for PostgreSQL.</summary>
    /// <exception cref="ArchiveException">The location is wrong, the file is not a Debrief archive, or the server cannot be reached.</exception>
    public static async Task<IArchiveStore> OpenAsync(string? db, ArchiveOpenMode mode = ArchiveOpenMode.CreateIfMissing, WorkflowOptions? workflow = null, CancellationToken cancellationToken = default)
    {
        var location = ArchiveLocation.Parse(db);
        workflow ??= WorkflowOptions.Default;
        return location.Kind == ArchiveKind.Sqlite
            ? await OpenSqliteAsync(location, mode, workflow, cancellationToken).ConfigureAwait(false)
            : await OpenPostgresAsync(location, workflow, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IArchiveStore> OpenSqliteAsync(ArchiveLocation location, ArchiveOpenMode mode, WorkflowOptions workflow, CancellationToken ct)
    {
        var path = location.Target;
        if (Directory.Exists(path))
            throw new ArchiveException($"{path}: is a folder, expected an archive file (e.g. {Path.Combine(path, ArchiveLocation.DefaultPath)})");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
            throw new ArchiveException($"{path}: the folder {folder} does not exist");
        if (mode == ArchiveOpenMode.MustExist && !File.Exists(path))
            throw new ArchiveException($"{path}: no such archive file");
        var store = new SqliteArchiveStore(location, workflow);
        try
        {
            await store.MigrateAsync(ct).ConfigureAwait(false);
            return store;
        }
        catch (SqliteException e)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw e.SqliteErrorCode switch
            {
                26 => new ArchiveException($"{path}: is not an SQLite database, so not a Debrief archive", e),
                8 => new ArchiveException($"{path}: is read-only; the archive needs to write (migrations, WAL)", e),
                5 => new ArchiveException($"{path}: is locked by another process (timed out waiting)", e),
                _ => new ArchiveException($"{path}: cannot open the archive: {e.Message}", e),
            };
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<IArchiveStore> OpenPostgresAsync(ArchiveLocation location, WorkflowOptions workflow, CancellationToken ct)
    {
        var store = new PostgresArchiveStore(location, workflow);
        try
        {
            await store.MigrateAsync(ct).ConfigureAwait(false);
            return store;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException or ArgumentException)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            var reason = e is PostgresException pg ? $"{pg.MessageText} ({pg.SqlState})" : e.InnerException?.Message ?? e.Message;
            throw new ArchiveException($"cannot open the {location.Display}: {reason}", e);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
