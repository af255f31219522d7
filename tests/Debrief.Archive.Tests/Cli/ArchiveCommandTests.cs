// `debrief archive import|export|token` end to end through the CLI's entry point: output, files and exit codes.
using Debrief.Archive.Storage;
using Debrief.Archive.Tests.Infrastructure;
using Debrief.Cli;

namespace Debrief.Archive.Tests.Cli;

public sealed class ArchiveCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Import_then_export_gives_the_folder_back_byte_for_byte_and_reimport_changes_nothing()
    {
        var db = _temp.File("team.db");
        var source = TestPaths.Fixtures("folder");
        var import = Run("archive", "import", source, "--db", db);
        Assert.Equal((0, ""), (import.Exit, import.Err));
        Assert.Contains("4 created, 0 updated, 0 unchanged", import.Out, StringComparison.Ordinal);
        Assert.Contains("0 created, 0 updated, 4 unchanged", Run("archive", "import", source, "--db", db).Out, StringComparison.Ordinal);

        var target = _temp.File("export");
        var export = Run("archive", "export", target, "--db", db);
        Assert.Equal(0, export.Exit);
        Assert.Contains("4 written", export.Out, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(target, relative)));
        }
    }

    [Fact]
    public async Task Token_prints_a_secret_once_that_authenticates_with_its_role()
    {
        var db = _temp.File("team.db");
        var token = Run("archive", "token", "--db", db, "--role", "editor", "--name", "ci");
        Assert.Equal(0, token.Exit);
        var secret = token.Out.Trim();
        Assert.StartsWith("dbt_", secret, StringComparison.Ordinal);
        Assert.Contains("shown once", token.Err, StringComparison.Ordinal);
        await using var store = await ArchiveStores.OpenAsync(db);
        var found = await store.AuthenticateTokenAsync(secret);
        Assert.Equal(("ci", Model.Role.Editor), (found!.Name, found.Role));
        Assert.Equal(2, Run("archive", "token", "--db", db, "--role", "root").Exit);
        Assert.Equal(2, Run("archive", "token", "--db", db).Exit);
    }

    [Fact]
    public void Bad_input_is_a_clear_message_and_exit_2_with_nothing_written()
    {
        var missingDir = Run("archive", "import", _temp.File("nope"), "--db", _temp.File("a.db"));
        Assert.Equal(2, missingDir.Exit);
        Assert.Contains("no such folder", missingDir.Err, StringComparison.Ordinal);

        var garbage = _temp.File("garbage.db");
        File.WriteAllText(garbage, new string('x', 4096));
        var notDb = Run("archive", "import", TestPaths.Fixtures("folder"), "--db", garbage);
        Assert.Equal(2, notDb.Exit);
        Assert.Contains("not an SQLite database", notDb.Err, StringComparison.Ordinal);

        var badConnection = Run("archive", "export", _temp.File("out"), "--db", "Host=127.0.0.1;Flavour=x");
        Assert.Equal(2, badConnection.Exit);
        Assert.Contains("bad PostgreSQL connection string", badConnection.Err, StringComparison.Ordinal);

        var noArchive = Run("archive", "export", _temp.File("out"), "--db", _temp.File("typo.db"));
        Assert.Equal(2, noArchive.Exit);
        Assert.Contains("no such archive file", noArchive.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("typo.db")));

        var db = _temp.File("b.db");
        var badFile = Run("archive", "import", TestPaths.Fixtures("bad"), "--db", db);
        Assert.Equal(2, badFile.Exit);
        Assert.Matches(@"broken-front-matter\.md:[23]: front matter is not valid YAML", badFile.Err);
        Assert.Contains("nothing was imported", badFile.Err, StringComparison.Ordinal);
        var export = Run("archive", "export", _temp.File("empty-export"), "--db", db);
        Assert.Contains("exported 0 postmortems", export.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", badFile.Err + notDb.Err + missingDir.Err, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
