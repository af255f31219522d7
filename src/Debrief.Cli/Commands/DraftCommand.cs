// `debrief draft INPUT... -o FILE [--chart FILE]`: a brief-profile postmortem draft with computed window, impact and timeline.
using System.CommandLine;
using Debrief.Evidence;
using Debrief.Io;
using Debrief.Rendering;

namespace Debrief.Cli.Commands;

internal static class DraftCommand
{
    public static Command Create()
    {
        var evidence = new EvidenceOptions();
        var output = new Option<string>("--output", "-o") { Description = "The draft to write (Markdown)", Required = true };
        var chart = new Option<string?>("--chart") { Description = "Also write the impact chart (SVG) here and embed it in the draft" };
        var incident = new Option<int?>("--incident") { Description = "Which incident to draft when the evidence shows several (default: the largest)" };
        var command = new Command("draft", "Write a postmortem draft from evidence: window, impact and timeline computed, TODOs for the rest.");
        evidence.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(chart);
        command.Options.Add(incident);
        command.SetAction(parse =>
        {
            var (paths, options) = evidence.Read(parse);
            EvidenceReport report;
            using (var inputs = EvidenceOptions.Open(paths))
                report = ConsoleProgress.Run(inputs, options, parse.InvocationConfiguration.Error);
            var target = parse.GetValue(output)!;
            var chosen = DraftWriter.Choose(report, parse.GetValue(incident));
            if (chosen is null)
            {
                if (parse.GetValue(incident) is int n)
                    throw InputException.ForOption("incident", $"{n}: the evidence shows {report.Incidents.Count} incident(s)");
                parse.InvocationConfiguration.Error.WriteLine("debrief: no incident found in the evidence; no draft written (see `debrief analyze`)");
                return CliApp.ExitFindings;
            }
            string? chartLink = null;
            if (parse.GetValue(chart) is { } chartPath)
            {
                AtomicFile.WriteText(chartPath, ImpactChart.Render(report, new ImpactChartOptions { Incident = chosen.Id }), WriteOptions.Replace);
                var draftDir = Path.GetDirectoryName(Path.GetFullPath(target))!;
                chartLink = Path.GetRelativePath(draftDir, Path.GetFullPath(chartPath)).Replace('\\', '/');
            }
            var text = DraftWriter.Write(report, new DraftOptions { Incident = chosen.Id, ChartPath = chartLink });
            AtomicFile.WriteText(target, text, WriteOptions.Replace);
            parse.InvocationConfiguration.Output.WriteLine($"wrote {target}: incident {chosen.Id} of {report.Incidents.Count}, {TimeText.Iso(chosen.Start)} to {(chosen.End is { } e ? TimeText.Iso(e) : "ongoing")}");
            return CliApp.ExitOk;
        });
        return command;
    }
}
