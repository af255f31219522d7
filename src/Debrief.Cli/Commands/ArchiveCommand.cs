// `debrief archive import|export|token`: docs-as-code for the team archive (SQLite file or PostgreSQL) and API tokens.
using System.CommandLine;
using System.Globalization;
using Debrief.Archive.Model;
using Debrief.Archive.Storage;
using Debrief.Archive.Transfer;

namespace Debrief.Cli.Commands;

internal static class ArchiveCommand
{
    public static Command Create()
    {
        var command = new Command("archive", "The team archive: import and export a folder of Markdown postmortems, create API tokens.");
        command.Subcommands.Add(Import());
        command.Subcommands.Add(Export());
        command.Subcommands.Add(Token());
        return command;
    }

    private static Option<string> DbOption() => new("--db")
    {
        Description = "The archive: an SQLite file path, or a PostgreSQL connection string (\"Host=...;Database=...;Username=...\").",
        DefaultValueFactory = _ => ArchiveLocation.DefaultPath,
    };

    private static Command Import()
    {
        var folder = new Argument<string>("dir") { Description = "A folder of Markdown postmortems (*.md, searched recursively; hidden folders skipped)." };
        var db = DbOption();
        var command = new Command("import", "Import a folder: new files are created, changed ones get a new revision, unchanged ones are left alone.") { folder, db };
        command.SetAction(parse => Run(parse, async (store, ct) =>
        {
            var files = ArchiveFolder.Read(parse.GetValue(folder)!);
            var report = await store.ImportAsync(files, new Actor("import"), ct).ConfigureAwait(false);
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {files.Count} file{(files.Count == 1 ? "" : "s")} into {store.Display}: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged"));
            return CliApp.ExitOk;
        }, db, ArchiveOpenMode.CreateIfMissing));
        return command;
    }

    private static Command Export()
    {
        var folder = new Argument<string>("dir") { Description = "The folder to write into (created if its parent exists); each postmortem goes to its path." };
        var db = DbOption();
        var command = new Command("export", "Export every postmortem's current revision as the Markdown file it was imported from, byte for byte.") { folder, db };
        command.SetAction(parse => Run(parse, async (store, ct) =>
        {
            var report = await ArchiveFolder.WriteAsync(store, parse.GetValue(folder)!, ct).ConfigureAwait(false);
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"exported {report.Written + report.Unchanged} postmortems from {store.Display} to {parse.GetValue(folder)}: {report.Written} written, {report.Unchanged} already up to date"));
            return CliApp.ExitOk;
        }, db, ArchiveOpenMode.MustExist));
        return command;
    }

    private static Command Token()
    {
        var db = DbOption();
        var role = new Option<string>("--role") { Description = "What the token may do.", Required = true };
        role.AcceptOnlyFromAmong("viewer", "editor", "admin");
        var name = new Option<string>("--name") { Description = "A name to recognise the token by in the admin page.", DefaultValueFactory = _ => "cli" };
        var command = new Command("token", "Create an API token (sent as 'Authorization: Bearer TOKEN') and print it once; only its hash is stored.") { db, role, name };
        command.SetAction(parse => Run(parse, async (store, ct) =>
        {
            var tokenName = parse.GetValue(name)!;
            if (tokenName.Length is 0 or > 64 || tokenName.Trim() != tokenName || tokenName.Any(char.IsControl))
            {
                parse.InvocationConfiguration.Error.WriteLine("debrief: --name: a token name has 1 to 64 characters, no control characters and no surrounding spaces");
                return CliApp.ExitUsage;
            }
            var created = await store.CreateTokenAsync(tokenName, Roles.Parse(parse.GetValue(role))!.Value, new Actor("cli:" + Environment.UserName), cancellationToken: ct).ConfigureAwait(false);
            parse.InvocationConfiguration.Output.WriteLine(created.Secret);
            parse.InvocationConfiguration.Error.WriteLine($"created {created.Token.Role.ToDb()} token '{created.Token.Name}' in {store.Display}; it is shown once: store it now");
            return CliApp.ExitOk;
        }, db, ArchiveOpenMode.CreateIfMissing));
        return command;
    }

    /// <summary>Opens the archive, runs the action, closes it; archive and import problems are input errors (exit 2).</summary>
    private static int Run(ParseResult parse, Func<IArchiveStore, CancellationToken, Task<int>> action, Option<string> db, ArchiveOpenMode mode)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            return RunAsync(parse.GetValue(db), mode, action).GetAwaiter().GetResult();
        }
        catch (ArchiveException e)
        {
            error.WriteLine($"debrief: {e.Message}");
        }
        catch (InvalidImportException e)
        {
            error.WriteLine(e.Line is int line ? $"debrief: {e.FilePath}:{line}: {e.Message}" : $"debrief: {e.FilePath}: {e.Message}");
            error.WriteLine("debrief: nothing was imported");
        }
        return CliApp.ExitUsage;
    }

    private static async Task<int> RunAsync(string? db, ArchiveOpenMode mode, Func<IArchiveStore, CancellationToken, Task<int>> action)
    {
        await using var store = await ArchiveStores.OpenAsync(db, mode).ConfigureAwait(false);
        return await action(store, CancellationToken.None).ConfigureAwait(false);
    }
}
