// The list of subcommands; each lives in its own file in this folder.
using System.CommandLine;

namespace Debrief.Cli.Commands;

internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return VersionCommand.Create();
        yield return RenderCommand.Create();
        yield return ShowCommand.Create();
        yield return LintCommand.Create();
        yield return NewCommand.Create();
        yield return RulesCommand.Create();
        yield return ExplainCommand.Create();
        yield return AnalyzeCommand.Create();
        yield return DraftCommand.Create();
        yield return CompletionCommand.Create();
        yield return LspCommand.Create();
        yield return ArchiveCommand.Create();
    }
}
