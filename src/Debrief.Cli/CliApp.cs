// The command tree and the exit-code policy: 0 ok, 1 findings at or above the fail level, 2 usage or input error.
using System.CommandLine;
using Debrief.Cli.Commands;
using Debrief.Io;

namespace Debrief.Cli;

/// <summary>Builds and runs the CLI; used by Program and by in-process tests.</summary>
public static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitFindings = 1;
    public const int ExitUsage = 2;

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Debrief: incident postmortems that are right, fast and lasting.");
        foreach (var command in CommandCatalog.All())
            root.Subcommands.Add(command);
        VersionCommand.ConfigureVersionOption(root);
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                stderr.WriteLine($"debrief: {error.Message}");
            stderr.WriteLine("Try 'debrief --help'.");
            return ExitUsage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (InputException e)
        {
            stderr.WriteLine($"debrief: {e.Describe()}");
            return ExitUsage;
        }
    }
}
