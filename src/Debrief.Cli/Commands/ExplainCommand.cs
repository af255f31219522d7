// `debrief explain DB010`: print a rule's documentation page (what, why, bad, good, options, fix).
using System.CommandLine;
using Debrief.Linting;

namespace Debrief.Cli.Commands;

internal static class ExplainCommand
{
    public static Command Create()
    {
        var rule = new Argument<string>("rule") { Description = "Rule id (DB010) or name (timeline-chronological)." };
        var command = new Command("explain", "Print the documentation of a lint rule.") { rule };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(rule)!;
            var found = RuleCatalog.Find(id);
            if (found is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"debrief: unknown rule '{id}' (see 'debrief rules')");
                return CliApp.ExitUsage;
            }
            parse.InvocationConfiguration.Output.Write(RuleDocs.Page(found.Info));
            return CliApp.ExitOk;
        });
        return command;
    }
}
