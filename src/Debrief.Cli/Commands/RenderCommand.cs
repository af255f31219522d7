// `debrief render FILE [-o OUT] [--format html|pdf|md|json] [--evidence report.json] [--diagram-only] [--chromium PATH]`.
using System.CommandLine;
using Debrief.Io;
using Debrief.Json;
using Debrief.Pipeline;
using Debrief.Rendering;

namespace Debrief.Cli.Commands;

internal static class RenderCommand
{
    private static readonly string[] Formats = ["html", "pdf", "md", "json"];

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The postmortem (Markdown); '-' reads stdin." };
        var output = new Option<string?>("--output", "-o") { Description = "Write here (atomically) instead of stdout; the format follows the extension unless --format is given. PDF defaults to FILE.pdf." };
        var format = new Option<string?>("--format") { Description = "html (self-contained page), pdf (printed by headless Chromium), md (normalised Markdown) or json (the parsed model)." };
        format.AcceptOnlyFromAmong(Formats);
        var evidence = new Option<string?>("--evidence") { Description = "An evidence report (debrief analyze --format json) whose impact chart the HTML shows." };
        var diagramOnly = new Option<bool>("--diagram-only") { Description = "Write only the timeline diagram (SVG), e.g. for a blog post." };
        var chromium = new Option<string?>("--chromium") { Description = "The Chromium executable for PDF output (default: chromium or google-chrome on PATH)." };
        var noLint = new Option<bool>("--no-lint") { Description = "Leave the lint score and findings out of the HTML." };
        var force = new Option<bool>("--force") { Description = "With --format md: replace an existing Markdown file (a hand-written postmortem is never replaced without it)." };
        var command = new Command("render", "Render a postmortem as a self-contained HTML page, a PDF, normalised Markdown, JSON or just its timeline diagram.")
        {
            file, output, format, evidence, diagramOnly, chromium, noLint, force,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var outPath = parse.GetValue(output);
            var chosen = parse.GetValue(format) ?? FormatFromExtension(outPath);
            var stdout = parse.InvocationConfiguration.Output;
            // Never over the input or the evidence report; Markdown (a postmortem) is replaced only with --force.
            var write = new WriteOptions
            {
                Overwrite = chosen != "md" || parse.GetValue(force),
                Protected = Inputs(path, parse.GetValue(evidence)),
            };
            var analyzed = new ConfigDiscovery().Analyze(path, CliApp.StandardInput);

            if (parse.GetValue(diagramOnly))
            {
                Emit(stdout, outPath, write, TimelineDiagram.Render(analyzed.Facts));
                return CliApp.ExitOk;
            }
            switch (chosen)
            {
                case "md":
                    Emit(stdout, outPath, write, MarkdownNormalizer.Normalize(analyzed.Document));
                    break;
                case "json":
                    Emit(stdout, outPath, write, DebriefJson.Write(PostmortemJson.From(analyzed.Document, analyzed.Elements)) + "\n");
                    break;
                case "pdf":
                {
                    var browser = PdfPrinter.FindChromium(parse.GetValue(chromium));
                    var target = outPath ?? (path == "-"
                        ? throw InputException.ForOption("output", "PDF output needs {option:output} FILE.pdf when reading stdin")
                        : Path.ChangeExtension(path, ".pdf"));
                    var html = Html(analyzed, parse.GetValue(evidence), parse.GetValue(noLint));
                    AtomicFile.WriteWith(target, write, temp => PdfPrinter.Print(html, temp, browser));
                    break;
                }
                default:
                    Emit(stdout, outPath, write, Html(analyzed, parse.GetValue(evidence), parse.GetValue(noLint)));
                    break;
            }
            return CliApp.ExitOk;
        });
        return command;
    }

    private static string FormatFromExtension(string? outPath) => Path.GetExtension(outPath ?? "").ToLowerInvariant() switch
    {
        ".pdf" => "pdf",
        ".md" or ".markdown" => "md",
        ".json" => "json",
        _ => "html",
    };

    private static string Html(AnalyzedDocument analyzed, string? evidencePath, bool noLint) =>
        new HtmlRenderer().Render(analyzed, new HtmlRenderOptions
        {
            NoLint = noLint,
            ImpactChartSvg = evidencePath is null ? null : ImpactChartFrom(evidencePath),
        });

    /// <summary>The impact chart of an evidence report written by <c>debrief analyze --format json</c>.</summary>
    private static string ImpactChartFrom(string evidencePath)
    {
        var json = TextInput.ReadDocument(evidencePath);
        Debrief.Evidence.EvidenceReport report;
        try
        {
            report = DebriefJson.ReadEvidenceReport(json).ToReport();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException)
        {
            throw InputException.ForFile(evidencePath, null, $"not an evidence report (expected the JSON of debrief analyze --format json): {e.Message}", ErrorCodes.Input, e);
        }
        return ImpactChart.Render(report, new ImpactChartOptions { IdPrefix = "debrief-ic" });
    }

    private static IReadOnlyList<(string, string)> Inputs(string path, string? evidence)
    {
        var inputs = new List<(string, string)>();
        if (path != "-") inputs.Add((path, "the input postmortem"));
        if (evidence is not null) inputs.Add((evidence, "the --evidence report"));
        return inputs;
    }

    private static void Emit(TextWriter stdout, string? outPath, WriteOptions write, string text)
    {
        if (outPath is null) stdout.Write(text);
        else AtomicFile.WriteText(outPath, text, write);
    }
}
