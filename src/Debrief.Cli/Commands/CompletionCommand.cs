// `debrief completion bash|zsh|fish`: prints a shell completion script generated from the command tree.
using System.CommandLine;
using System.CommandLine.Completions;

namespace Debrief.Cli.Commands;

internal static class CompletionCommand
{
    public static readonly string[] Shells = ["bash", "zsh", "fish"];

    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "The shell: bash, zsh or fish." };
        shell.AcceptOnlyFromAmong(Shells);
        var command = new Command("completion", "Print a completion script for bash, zsh or fish (see docs/install.md to enable it).")
        {
            shell,
        };
        command.SetAction(parse =>
        {
            var tree = CompletionTree.From(parse.RootCommandResult.Command);
            parse.InvocationConfiguration.Output.Write(parse.GetValue(shell) switch
            {
                "bash" => ShellCompletion.Bash(tree, VersionCommand.Version),
                "zsh" => ShellCompletion.Zsh(tree, VersionCommand.Version),
                _ => ShellCompletion.Fish(tree, VersionCommand.Version),
            });
            return 0;
        });
        return command;
    }
}

/// <summary>One option as the shells see it: its spellings, whether it takes a value, and the values it accepts.</summary>
internal sealed record CompletionOption(IReadOnlyList<string> Names, string Description, bool TakesValue, IReadOnlyList<string> Values);

/// <summary>One command of the tree: <see cref="Id"/> is its path joined with '_' ("debrief_lint"), safe in every shell.</summary>
internal sealed record CompletionTree(
    string Id, string Name, string Description, IReadOnlyList<CompletionOption> Options,
    IReadOnlyList<CompletionTree> Children, bool TakesArguments, IReadOnlyList<string> ArgumentValues)
{
    public static CompletionTree From(Command root) => From(root, "debrief", []);

    private static CompletionTree From(Command command, string id, IReadOnlyList<Option> inherited)
    {
        var own = command.Options.Where(o => !o.Hidden).ToList();
        // Recursive options (help) apply to every subcommand too.
        var visible = own.Concat(inherited.Where(i => !own.Any(o => o.Name == i.Name))).ToList();
        var options = visible.Select(o => new CompletionOption(
                Spellings(o), o.Description ?? "", TakesValue(o), Values(o.GetCompletions(CompletionContext.Empty))))
            .Where(o => o.Names.Count > 0)
            .ToList();
        var passDown = inherited.Concat(own.Where(o => o.Recursive)).ToList();
        var children = command.Subcommands.Where(c => !c.Hidden)
            .Select(c => From(c, id + "_" + c.Name, passDown))
            .ToList();
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var argumentValues = arguments.SelectMany(a => Values(a.GetCompletions(CompletionContext.Empty))).Distinct().ToList();
        return new CompletionTree(id, command.Name, command.Description ?? "", options, children, arguments.Count > 0, argumentValues);
    }

    // Only the POSIX spellings a shell can complete: "--format", "-j"; not "/h" or "-?".
    private static List<string> Spellings(Option option) =>
        new[] { option.Name }.Concat(option.Aliases)
            .Where(n => n.StartsWith("--", StringComparison.Ordinal) ? n.Length > 2 && n.Skip(2).All(IsNameChar)
                                                                    : n.Length == 2 && n[0] == '-' && char.IsAsciiLetterOrDigit(n[1]))
            .OrderByDescending(n => n.StartsWith("--", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    private static bool TakesValue(Option option) =>
        option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);

    private static List<string> Values(IEnumerable<CompletionItem> items) =>
        items.Select(i => i.InsertText ?? i.Label).Where(v => v.Length > 0 && v.All(c => !char.IsWhiteSpace(c) && c != '\'' && c != '"' && c != '\\'))
            .Distinct().ToList();

    public IEnumerable<CompletionTree> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
