// One schema step with its SQL for each database; the catalog lists them in order.
namespace Debrief.Archive.Migrations;

/// <summary>A schema migration: applied once, in <see cref="Version"/> order, recorded in <c>schema_version</c>.</summary>
/// <param name="Version">1, 2, 3, ... with no gaps.</param>
/// <param name="Name">What it does, for the schema_version table.</param>
/// <param name="Sqlite">The statements for SQLite.</param>
/// <param name="Postgres">The same change for PostgreSQL.</param>
public sealed record Migration(int Version, string Name, string Sqlite, string Postgres);
