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

    /// <summary>The standard input commands read for "-" (the edge owns the console; the core gets a stream).</summary>
    public static Stream StandardInput => Console.OpenStandardInput();

    /// <summary>How an error from the core is shown: option references become this CLI's flag names.</summary>
    public static string Describe(DebriefError error) => error.Render(FlagName);

    /// <summary>The flag for an option the core names (<c>input-format</c> → <c>--input-format</c>); the test
    /// suite checks every name the core uses is a real flag of some command.</summary>
    public static string FlagName(string option) => "--" + option;

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
            stderr.WriteLine($"debrief: {Describe(e.Error)}");
            return ExitUsage;
        }
    }
}
