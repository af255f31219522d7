// `debrief analyze INPUT...`: reconstructs incidents from evidence; a readable summary, or the JSON report with --format json.
using System.CommandLine;
using Debrief.Evidence;
using Debrief.Io;
using Debrief.Json;

namespace Debrief.Cli.Commands;

internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var evidence = new EvidenceOptions();
        var format = new Option<string>("--format") { Description = "Output: text (summary) or json (the report, see docs/evidence.md)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the output to this file (atomically) instead of stdout" };
        var command = new Command("analyze", "Find incidents in logs, alerts, deploys and chat: window, impact, events.");
        evidence.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var (paths, options) = evidence.Read(parse);
            var stdout = parse.InvocationConfiguration.Output;
            using var inputs = EvidenceOptions.Open(paths);
            var report = ConsoleProgress.Run(inputs, options, parse.InvocationConfiguration.Error);
            var text = parse.GetValue(format) == "json" ? DebriefJson.Write(EvidenceReportJson.From(report)) + "\n" : SummaryPrinter.Render(report, ConsoleProgress.IsTerminal(stdout));
            if (parse.GetValue(output) is { } path)
                AtomicFile.WriteText(path, text, WriteOptions.Replace);
            else
                stdout.Write(text);
            return 0;
        });
        return command;
    }
}
