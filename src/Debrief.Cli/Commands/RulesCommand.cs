// `debrief rules`: list every lint rule; `--write-docs DIR` regenerates docs/rules from the rules' metadata.
using System.CommandLine;
using Debrief.Linting;

namespace Debrief.Cli.Commands;

internal static class RulesCommand
{
    public static Command Create()
    {
        var writeDocs = new Option<string?>("--write-docs") { Description = "Write the generated rule pages (docs/rules) into this folder." };
        var command = new Command("rules", "List the lint rules (id, name, family, default severity, fixable, summary).") { writeDocs };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(writeDocs) is { } dir)
            {
                Directory.CreateDirectory(dir);
                foreach (var (name, content) in RuleDocs.All())
                    File.WriteAllText(Path.Combine(dir, name), content);
                output.WriteLine($"wrote {RuleDocs.All().Count} files to {dir}");
                return CliApp.ExitOk;
            }
            var nameWidth = RuleCatalog.All.Max(r => r.Info.Name.Length);
            foreach (var rule in RuleCatalog.All.Select(r => r.Info))
                output.WriteLine($"{rule.Id}  {rule.Name.PadRight(nameWidth)}  {rule.Family,-12}  {rule.Severity.Name(),-7}  {(rule.Fixable ? "fix" : "   ")}  {rule.Summary}");
            return CliApp.ExitOk;
        });
        return command;
    }
}
