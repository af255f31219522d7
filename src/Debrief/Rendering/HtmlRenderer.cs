// Writes the one-file HTML page: summary card, timeline diagram, optional impact chart and lint panel, the sanitised document.
using System.Globalization;
using System.Reflection;
using System.Text;
using Debrief.Model;

namespace Debrief.Rendering;

/// <summary>
/// Renders a postmortem as a self-contained HTML page (inline CSS and SVG; a Content-Security-Policy forbids scripts
/// and network loads). Reuse one instance: the Markdown pipeline and the sanitiser are built once. Not thread-safe.
/// </summary>
public sealed class HtmlRenderer
{
    private static readonly Lazy<string> Css = new(() => ReadAsset("page.css"));

    /// <summary>No scripts, no network: styles and data: images only.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>Images larger than this are not inlined.</summary>
    public const long MaxInlineImageBytes = 2 * 1024 * 1024;

    private readonly MarkdownHtml _markdown = new();

    /// <summary>The complete HTML page of an analysed document: its facts, its lint result (unless
    /// <see cref="HtmlRenderOptions.NoLint"/>) and its images through the document's asset resolver.</summary>
    public string Render(Pipeline.AnalyzedDocument analyzed, HtmlRenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        options ??= new HtmlRenderOptions();
        options = options with
        {
            Lint = options.NoLint ? null : options.Lint ?? (analyzed.Lint is { } lint ? LintPanel.From(lint) : null),
            Assets = options.Assets ?? analyzed.Assets,
        };
        return Render(analyzed.Document, analyzed.Facts, options);
    }

    /// <summary>The page of a bare model (no lint panel unless given): for tests and tools that build a model by hand.</summary>
    internal string Render(Postmortem postmortem, HtmlRenderOptions? options = null) =>
        Render(postmortem, IncidentFacts.From(postmortem ?? throw new ArgumentNullException(nameof(postmortem))), options ?? new HtmlRenderOptions());

    private string Render(Postmortem postmortem, IncidentFacts facts, HtmlRenderOptions options)
    {
        var body = _markdown.RenderBody(postmortem, skipTitle: true, ImageSource(options.Assets));

        var sb = new StringBuilder(body.Length + 24_000);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">\n");
        sb.Append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        sb.Append("<meta name=\"generator\" content=\"Debrief\">\n");
        sb.Append($"<title>{Svg.Escape(facts.Title)}</title>\n<style>\n{Css.Value}</style>\n</head>\n<body>\n<main class=\"page\">\n");
        sb.Append(SummaryCard(facts, postmortem));
        sb.Append("<section class=\"diagram\" id=\"debrief-timeline\" aria-labelledby=\"debrief-timeline-heading\">\n");
        sb.Append("<h2 id=\"debrief-timeline-heading\">What happened when</h2>\n<figure>\n");
        sb.Append("<div class=\"tl-wide\">\n").Append(TimelineDiagram.Render(facts, "debrief-tl")).Append("</div>\n");
        var compact = CompactTimelineDiagram.Render(facts, "debrief-tlc");
        if (compact.Length > 0)
            sb.Append("<div class=\"tl-compact\">\n").Append(compact).Append("</div>\n");
        sb.Append("</figure>\n");
        if (facts.Events.Count > 0)
            sb.Append("<figcaption>Bands show the incident's phases to scale; markers are the timeline entries (hover or focus a marker for its full text).</figcaption>\n");
        sb.Append("</section>\n");
        if (options.ImpactChartSvg is { } chart)
        {
            sb.Append("<section class=\"diagram\" id=\"debrief-impact\" aria-labelledby=\"debrief-impact-heading\">\n");
            sb.Append("<h2 id=\"debrief-impact-heading\">Impact from the evidence</h2>\n<figure>\n").Append(chart).Append("</figure>\n</section>\n");
        }
        if (options.Lint is { } lint)
            sb.Append(LintSection(lint));
        sb.Append("<article class=\"doc\" id=\"debrief-document\">\n").Append(body).Append("\n</article>\n");
        sb.Append("<footer>Rendered by Debrief</footer>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static string SummaryCard(IncidentFacts f, Postmortem p)
    {
        var sb = new StringBuilder(2048);
        sb.Append("<header class=\"card\" id=\"debrief-summary\">\n<p class=\"eyebrow\"><span>Postmortem</span>");
        if (p.FrontMatter?.Id is { } id) sb.Append($"<span class=\"badge\" data-fact=\"id\">{Svg.Escape(id)}</span>");
        if (f.Severity is { } sev) sb.Append($"<span class=\"badge sev\" data-fact=\"severity\">{Svg.Escape(sev)}</span>");
        if (f.Status is { } status) sb.Append($"<span class=\"badge status\" data-fact=\"status\">{Svg.Escape(status)}</span>");
        foreach (var service in f.Services) sb.Append($"<span class=\"badge\">{Svg.Escape(service)}</span>");
        sb.Append("</p>\n");
        sb.Append($"<h1>{Svg.Escape(f.Title)}</h1>\n<dl class=\"figures\">\n");
        Figure(sb, "duration", "Duration", f.Duration is { } d ? FormatText.Duration(d) : null, big: true,
            note: f.DurationStated ? "as stated" : null, html: f.Duration is { } dd ? Time(IsoDuration(dd), FormatText.Duration(dd)) : null);
        Figure(sb, "users-affected", "Users affected", f.UsersAffectedPct is { } u ? FormatText.Percent(u) : null, big: true);
        if (f.RequestsFailedPct is { } r) Figure(sb, "requests-failed", "Requests failed", FormatText.Percent(r), big: true);
        Figure(sb, "time-to-detect", "Time to detect", f.TimeToDetect is { } ttd ? FormatText.Duration(ttd) : null, big: true);
        var total = p.ActionItems.Count;
        var done = p.ActionItems.Count(a => a.Done == true);
        Figure(sb, "action-items", "Action items", total == 0 ? null : $"{total}", big: true, note: total == 0 ? null : $"{done} done");
        var window = FormatText.Window(f);
        Figure(sb, "window", "When", window.Length == 0 ? null : window + (f.WindowInferred ? " (from the timeline)" : ""), big: false, wide: true,
            html: window.Length == 0 ? null : WindowHtml(f) + (f.WindowInferred ? " (from the timeline)" : ""));
        sb.Append("</dl>\n<dl class=\"facts\">\n");
        Fact(sb, "impact", "Impact", f.Impact);
        Fact(sb, "root-cause", "Root cause", f.RootCause);
        sb.Append("</dl>\n</header>\n");
        return sb.ToString();
    }

    private static void Figure(StringBuilder sb, string key, string name, string? value, bool big, string? note = null, bool wide = false, string? html = null)
    {
        sb.Append(wide ? "<div class=\"wide\">" : "<div>").Append($"<dt>{name}</dt>");
        if (value is null)
            sb.Append($"<dd class=\"missing\" data-fact=\"{key}\">not stated</dd>");
        else
            sb.Append($"<dd class=\"{(big ? "big" : "")}\" data-fact=\"{key}\">{html ?? Svg.Escape(value)}</dd>");
        if (note is not null) sb.Append($"<dd class=\"missing\">{Svg.Escape(note)}</dd>");
        sb.Append("</div>\n");
    }

    /// <summary>The window with each end in a <c>&lt;time datetime&gt;</c>: the axis date-time ("2024-06-20T14:00",
    /// with the axis offset when one is known) when the document gives full dates, else the time of day ("16:30"):
    /// a year the document does not give is never written, not even in an attribute.</summary>
    private static string WindowHtml(IncidentFacts f)
    {
        var marks = new List<string>();
        var text = FormatText.Window(f.Start, f.End, f.TimezoneLabel, f.Dates, f.Origin, (t, shown) =>
        {
            var value = f.Dates == AxisDates.Full
                ? t.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) + (f.Offset is { } o ? (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture) : "")
                : t.ToString("HH:mm", CultureInfo.InvariantCulture);
            marks.Add(Time(value, shown));
            return $"\u0001{marks.Count - 1}\u0002";
        });
        var escaped = Svg.Escape(text);
        for (var i = 0; i < marks.Count; i++)
            escaped = escaped.Replace($"\u0001{i}\u0002", marks[i], StringComparison.Ordinal);
        return escaped;
    }

    private static string Time(string datetime, string text) => $"<time datetime=\"{Svg.Escape(datetime)}\">{Svg.Escape(text)}</time>";

    /// <summary>An HTML/ISO 8601 duration: "PT1H15M", "P1DT2H".</summary>
    private static string IsoDuration(TimeSpan d)
    {
        d = d.Duration();
        var minutes = (long)Math.Round(d.TotalMinutes);
        var days = minutes / 1440;
        var rest = minutes % 1440;
        var time = (rest / 60 > 0 ? $"{rest / 60}H" : "") + (rest % 60 > 0 || minutes == 0 ? $"{rest % 60}M" : "");
        return "P" + (days > 0 ? $"{days}D" : "") + (time.Length > 0 ? "T" + time : "");
    }

    private static void Fact(StringBuilder sb, string key, string name, string? value)
    {
        sb.Append($"<div><dt>{name}</dt>");
        sb.Append(value is null ? $"<dd class=\"missing\" data-fact=\"{key}\">not stated</dd>" : $"<dd data-fact=\"{key}\">{Svg.Escape(value)}</dd>");
        sb.Append("</div>\n");
    }

    private static string LintSection(LintPanel lint)
    {
        var grade = lint.Score >= 80 ? "good" : lint.Score >= 50 ? "fair" : "poor";
        var sb = new StringBuilder(1024);
        sb.Append("<section class=\"panel\" id=\"debrief-lint\">\n<details class=\"lint\">\n");
        sb.Append($"<summary>Lint score <span class=\"score {grade}\" data-fact=\"lint-score\">{lint.Score}</span>/100 · ");
        sb.Append($"{lint.Findings.Count} {(lint.Findings.Count == 1 ? "finding" : "findings")}</summary>\n");
        if (lint.Reasons.Count > 0)
        {
            sb.Append("<ul class=\"reasons\">\n");
            foreach (var reason in lint.Reasons) sb.Append($"<li>{Svg.Escape(reason)}</li>\n");
            sb.Append("</ul>\n");
        }
        if (lint.Findings.Count > 0)
        {
            sb.Append("<ul class=\"findings\">\n");
            foreach (var f in lint.Findings)
            {
                var sev = f.Severity.ToLowerInvariant();
                sb.Append($"<li data-rule=\"{Svg.Escape(f.RuleId)}\" data-line=\"{f.Line}\"><span class=\"sev-{Svg.Escape(sev)}\">{Svg.Escape(sev)}</span> <span class=\"rule\">{Svg.Escape(f.RuleId)} {Svg.Escape(f.RuleName)}</span> ");
                sb.Append($"<span class=\"where\">line {f.Line}</span>: {Svg.Escape(f.Message)}</li>\n");
            }
            sb.Append("</ul>\n");
        }
        sb.Append("</details>\n</section>\n");
        return sb.ToString();
    }

    /// <summary>Resolves relative images through <paramref name="assets"/> to data: URIs (size-limited, images only).</summary>
    private static Func<string, string?>? ImageSource(Pipeline.IAssetResolver? assets)
    {
        if (assets is null) return null;
        return src =>
        {
            if (src.Contains(':', StringComparison.Ordinal) || src.StartsWith('/')) return null;
            var relative = Uri.UnescapeDataString(src.Split('#', '?')[0]);
            var mime = Path.GetExtension(relative).ToLowerInvariant() switch
            {
                ".png" => "image/png",
                ".jpg" or ".jpeg" => "image/jpeg",
                ".gif" => "image/gif",
                ".webp" => "image/webp",
                ".svg" => "image/svg+xml",
                _ => null,
            };
            if (mime is null || assets.Read(relative, MaxInlineImageBytes) is not { } bytes) return null;
            return $"data:{mime};base64,{Convert.ToBase64String(bytes)}";
        };
    }

    private static string ReadAsset(string name)
    {
        using var stream = typeof(HtmlRenderer).Assembly.GetManifestResourceStream("Debrief.Rendering.Assets." + name)
            ?? throw new InvalidOperationException($"missing embedded asset {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
