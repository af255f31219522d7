// Reads --db: a file path means an SQLite archive, a "Host=...;Database=..." connection string means PostgreSQL.
using Npgsql;

namespace Debrief.Archive.Storage;

/// <summary>The two kinds of archive database.</summary>
public enum ArchiveKind
{
    Sqlite,
    Postgres,
}

/// <summary>Where an archive lives.</summary>
/// <param name="Kind">SQLite or PostgreSQL.</param>
/// <param name="Target">The file path (SQLite) or the connection string (PostgreSQL).</param>
public sealed record ArchiveLocation(ArchiveKind Kind, string Target)
{
    /// <summary>The default archive file of <c>debrief serve</c> and <c>debrief archive</c>.</summary>
    public const string DefaultPath = "debrief.db";

    private static readonly string[] ConnectionKeys = ["host", "server", "database", "username", "user id", "userid", "port", "password"];

    /// <summary>How to name the archive in messages: the path, or the connection string without its password.</summary>
    public string Display => Kind == ArchiveKind.Sqlite ? Target : PostgresDisplay(Target);

    /// <summary>Reads a <c>--db</c> value (null or empty: <see cref="DefaultPath"/>).</summary>
    /// <exception cref="ArchiveException">A connection string that Npgsql does not accept.</exception>
    public static ArchiveLocation Parse(string? db)
    {
        if (string.IsNullOrWhiteSpace(db))
            return new ArchiveLocation(ArchiveKind.Sqlite, DefaultPath);
        if (!LooksLikeConnectionString(db))
            return new ArchiveLocation(ArchiveKind.Sqlite, db);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(db);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new ArchiveException($"bad PostgreSQL connection string: {e.Message} (expected e.g. \"Host=db.example;Database=debrief;Username=debrief\")", e);
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new ArchiveException("bad PostgreSQL connection string: it names no Host (expected e.g. \"Host=db.example;Database=debrief;Username=debrief\")");
        return new ArchiveLocation(ArchiveKind.Postgres, db);
    }

    /// <summary>True for <c>key=value;...</c> text whose keys include a PostgreSQL one (Host, Database, ...).</summary>
    public static bool LooksLikeConnectionString(string db) =>
        db.Split(';').Any(part =>
        {
            var eq = part.IndexOf('=');
            return eq > 0 && ConnectionKeys.Contains(part[..eq].Trim().ToLowerInvariant());
        });

    private static string PostgresDisplay(string connectionString)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL database '{b.Database ?? b.Username ?? "(default)"}' on {b.Host}:{b.Port}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL";
        }
    }
}
