// `debrief lsp`: the language server over stdio (diagnostics, quick fixes, hovers, outline) for editors.
using System.CommandLine;
using Debrief.Lsp.Server;

namespace Debrief.Cli.Commands;

internal static class LspCommand
{
    public static Command Create()
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over stdin/stdout (the default and only transport; editors pass it)." };
        var docs = new Option<string?>("--rule-docs-url") { Description = "Base URL of the rule pages that diagnostics link to (default: the repository's docs/rules/)." };
        var debounce = new Option<int>("--debounce-ms") { Description = "Shortest time between two lints of a document while it is being edited.", DefaultValueFactory = _ => 150 };
        var command = new Command("lsp", "Run the language server (LSP 3.17 over stdio) for editors.") { stdio, docs, debounce };
        command.SetAction(parse =>
        {
            var ms = parse.GetValue(debounce);
            if (ms < 0)
            {
                parse.InvocationConfiguration.Error.WriteLine("debrief: --debounce-ms must be 0 or more");
                return CliApp.ExitUsage;
            }
            var options = new LanguageServerOptions
            {
                RuleDocsBaseUrl = parse.GetValue(docs),
                Debounce = TimeSpan.FromMilliseconds(ms),
                Version = VersionCommand.Version,
            };
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            var server = new LanguageServer(input, output, parse.InvocationConfiguration.Error, options);
            return server.RunAsync().GetAwaiter().GetResult();
        });
        return command;
    }
}
