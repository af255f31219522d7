// `debrief show FILE [--format text|json]`: the parsed model and the element report of one postmortem.
using System.CommandLine;
using System.Globalization;
using Debrief.Io;
using Debrief.Json;
using Debrief.Model;
using Debrief.Pipeline;
using Debrief.Parsing;
using Debrief.Rendering;

namespace Debrief.Cli.Commands;

internal static class ShowCommand
{
    /// <summary>show reports the parse and the element report; the lint rules (and their config) are not needed.</summary>
    private static readonly AnalysisOptions ShowOptions = AnalysisOptions.Default with { Lint = false };

    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "The postmortem (Markdown); '-' reads stdin. With several files, JSON is an array.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("show", "Show the parsed postmortem and which required elements it has.") { files, format };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!;
            var json = parse.GetValue(format) == "json";
            var output = parse.InvocationConfiguration.Output;
            if (json && paths.Length > 1) output.WriteLine("[");
            for (var i = 0; i < paths.Length; i++)
            {
                var path = paths[i];
                var analyzed = DocumentPipeline.Analyze(TextInput.ReadDocument(path, CliApp.StandardInput), path == "-" ? null : path, ShowOptions);
                var postmortem = analyzed.Document;
                var report = analyzed.Elements;
                if (json) output.Write(DebriefJson.Write(PostmortemJson.From(postmortem, report)) + (paths.Length > 1 && i < paths.Length - 1 ? ",\n" : "\n"));
                else
                {
                    if (i > 0) output.WriteLine();
                    WriteText(output, postmortem, report);
                }
            }
            if (json && paths.Length > 1) output.WriteLine("]");
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>A placed time as show prints it: "2024-06-05 14:05 +00:00", "~2024-06-05 14:05" (date assumed),
    /// "Jun 5 14:05" (no year given), "14:05 +1" (no date given, the next day). Never a placeholder date.</summary>
    private static string When(PlacedTime t, Chronology times)
    {
        var inv = CultureInfo.InvariantCulture;
        var clock = t.LocalTime.ToString("HH:mm", inv);
        var zone = t.Offset is { } o ? " " + (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString(@"hh\:mm", inv) : "";
        if (t.Date is { } date)
        {
            var day = date.Year is null ? new DateTime(2000, date.Month, date.Day).ToString("MMM d", inv) : date.ToString();
            return $"{(t.DateSource == DateSource.Context ? "~" : "")}{day} {clock}{zone}";
        }
        var offset = times.DayOf(t.At) - times.DayOf(times.Main.Count > 0 ? times.Main[0].Placed.At : t.At);
        return offset == 0 ? clock + zone : string.Create(inv, $"{clock}{zone} {(offset > 0 ? "+" : "")}{offset}");
    }

    private static void WriteText(TextWriter o, Postmortem pm, ElementReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"{pm.Path ?? "<stdin>"}: {pm.Title ?? "(untitled)"}");
        o.WriteLine(string.Create(inv, $"words: {pm.Words}   sections: {pm.Sections.Count}   timeline entries: {pm.Timeline.Count}   action items: {pm.ActionItems.Count}"));
        o.WriteLine();
        o.WriteLine(string.Create(inv, $"Elements ({report.FoundCount}/{ElementKeys.All.Count} found)"));
        var width = ElementKeys.All.Max(k => k.Length);
        foreach (var r in report.Results)
        {
            var mark = r.Found ? "found  " : "MISSING";
            var line = r.Line is { } l ? string.Create(inv, $"line {l,-4}") : "         ";
            o.WriteLine($"  {mark} {r.Key.PadRight(width)}  {line} {r.Text}");
        }
        o.WriteLine();
        o.WriteLine("Sections");
        foreach (var s in pm.Sections)
            o.WriteLine(string.Create(inv, $"  line {s.HeadingLine,-4} {new string(' ', Math.Min(s.Level, 7) - 1)}{s.Heading}  [{JsonNames.Of(s.Kind)}, lines {s.HeadingLine}-{s.LastLine}]"));
        var facts = IncidentFacts.From(pm);
        var window = FormatText.Window(facts);
        if (window.Length > 0)
        {
            o.WriteLine();
            var duration = facts.Duration is { } d ? $", {FormatText.Duration(d)}{(facts.DurationStated ? " (as stated)" : "")}" : "";
            o.WriteLine($"Incident: {window}{duration}{(facts.WindowInferred ? " (window from the timeline)" : "")}");
        }
        if (pm.Timeline.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Timeline");
            var whens = pm.Timeline.Select(e => When(e.Placed, pm.Times)).ToList();
            for (var i = 0; i < pm.Timeline.Count; i++)
            {
                var e = pm.Timeline[i];
                var order = pm.Times.OutOfOrder.Any(x => ReferenceEquals(x.Entry, e)) ? "  [out of order]" : "";
                o.WriteLine(string.Create(inv, $"  line {e.Span.Line,-4} {whens[i],-22} {JsonNames.Of(e.Kind),-15} {e.Text}{order}"));
            }
            if (whens.Any(w => w.StartsWith('~')))
                o.WriteLine("  ~ date assumed from context (front matter, the summary, the first date written)");
            if (pm.Timeline.Any(e => e.Placed.Date is null))
                o.WriteLine("  no date given: times of day only; +1 is the day after the timeline's first");
        }
        if (pm.Warnings.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Warnings");
            foreach (var w in pm.Warnings)
                o.WriteLine(w.Span.IsKnown ? string.Create(inv, $"  line {w.Span.Line}: {w.Code} {w.Message}") : $"  {w.Code} {w.Message}");
        }
    }
}
