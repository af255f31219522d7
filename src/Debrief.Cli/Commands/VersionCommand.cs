// `debrief version`: prints the tool version (same as --version).
using System.CommandLine;
using System.Reflection;

namespace Debrief.Cli.Commands;

internal static class VersionCommand
{
    public static string Version =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static Command Create()
    {
        var command = new Command("version", "Print the Debrief version.");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine(Version);
            return 0;
        });
        return command;
    }
}
