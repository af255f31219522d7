// The PostgreSQL 15 the tests run against: DEBRIEF_TEST_PG (from .ci/services.d/postgres.sh), or started here by that script.
using System.Diagnostics;
using Npgsql;

namespace Debrief.Archive.Tests.Infrastructure;

/// <summary>One server for the whole test run; every test gets a fresh database of its own (CREATE DATABASE with a
/// random name), dropped at the end. Without a server the tests fail, with a message saying how to start one.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string Variable = "DEBRIEF_TEST_PG";
    private readonly List<string> _databases = [];
    private string? _startedData;

    /// <summary>The connection string of the server's maintenance database.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(configured))
            configured = StartWithScript();
        ConnectionString = configured;
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"The archive tests need PostgreSQL 15 and cannot reach it with {Variable}=\"{ConnectionString}\": {e.Message}. " +
                "Start one with `source .ci/services.d/postgres.sh` (as root; apt-get install -y postgresql first) and run the tests in that shell.", e);
        }
    }

    /// <summary>Starts a server with the repository's script (needs Debian's postgresql installed).</summary>
    private string StartWithScript()
    {
        var script = Path.Combine(TestPaths.RepositoryRoot(), ".ci", "services.d", "postgres.sh");
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot run bash");
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        string? Setting(string name) => output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith($"export {name}=", StringComparison.Ordinal))?[($"export {name}=").Length..].Trim('"');
        var connection = Setting(Variable);
        if (process.ExitCode != 0 || connection is null)
        {
            throw new InvalidOperationException(
                $"The archive tests need PostgreSQL 15: {Variable} is not set and `.ci/services.d/postgres.sh` could not start one " +
                $"(exit {process.ExitCode}): {errors.Trim()}. Install it (apt-get install -y postgresql), then `source .ci/services.d/postgres.sh` and run the tests in that shell.");
        }
        _startedData = Setting("DEBRIEF_TEST_PG_DATA");
        return connection;
    }

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "debrief_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        lock (_databases)
            _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ToString();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (ConnectionString.Length > 0)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync();
                foreach (var name in _databases)
                {
                    await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                    await command.ExecuteNonQueryAsync();
                }
            }
            catch (NpgsqlException)
            {
                // The server is gone already; nothing to clean.
            }
        }
        if (_startedData is not null)
            StopStartedServer(_startedData);
    }

    private static void StopStartedServer(string data)
    {
        var pgCtl = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "pg_ctl")).Where(File.Exists).Order().LastOrDefault();
        if (pgCtl is null)
            return;
        var asRoot = Environment.UserName == "root";
        var start = asRoot
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", pgCtl, "-D", data, "-m", "fast", "stop"])
            : new ProcessStartInfo(pgCtl, ["-D", data, "-m", "fast", "stop"]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start);
        process?.WaitForExit(30_000);
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
