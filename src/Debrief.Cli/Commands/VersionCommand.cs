// `debrief version` and `debrief --version`: the tool version and the commit it was built from ("debrief 0.2.0 (commit abc1234)").
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Debrief.Cli.Commands;

internal static class VersionCommand
{
    // The SDK writes "<Version>+<SourceRevisionId>" into the informational version; SourceRevisionId comes from the
    // git repository at build time (Source Link reads .git) and is absent when the source tree has no repository.
    private static readonly string Informational =
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The plain version, e.g. "0.2.0" (SARIF's tool version uses it).</summary>
    public static string Version => Informational.Split('+')[0];

    /// <summary>The line both `debrief version` and `debrief --version` print.</summary>
    public static string Line => Format(Informational);

    internal static string Format(string informationalVersion)
    {
        var (version, commit) = Describe(informationalVersion);
        return $"debrief {version} (commit {commit ?? "unknown"})";
    }

    private static (string Version, string? Commit) Describe(string informationalVersion)
    {
        var plus = informationalVersion.IndexOf('+');
        if (plus < 0)
            return (informationalVersion, null);
        // Build metadata may carry more than the commit ("abc123.dirty"); the commit is its first hex run.
        var metadata = informationalVersion[(plus + 1)..];
        var end = 0;
        while (end < metadata.Length && char.IsAsciiHexDigit(metadata[end]))
            end++;
        var commit = end >= 7 ? metadata[..7].ToLowerInvariant() : null;
        return (informationalVersion[..plus], commit);
    }

    public static Command Create()
    {
        var command = new Command("version", "Print the Debrief version and the commit it was built from.");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine(Line);
            return 0;
        });
        return command;
    }

    /// <summary>Makes the root's --version print the same line as `debrief version`.</summary>
    public static void ConfigureVersionOption(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
                version.Action = new PrintVersion();
        }
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Line);
            return 0;
        }
    }
}
