// Parses a postmortem: Markdown + optional YAML front matter into the model, tolerating the way real people write.
using Debrief.Model;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SourceSpan = Debrief.Model.SourceSpan;

namespace Debrief.Parsing;

/// <summary>The entry point of parsing: source text in, <see cref="Postmortem"/> out.</summary>
public static class PostmortemParser
{
    /// <summary>Parses a document. Only malformed front matter throws (an <see cref="Io.InputException"/> with its line).</summary>
    /// <param name="source">The document text, exactly as read (kept for the round trip).</param>
    /// <param name="path">Where it came from, for messages; null for stdin or in-memory text.</param>
    /// <param name="options">Vocabulary extensions (a team's action-item column names); null for the built-in ones.</param>
    public static Postmortem Parse(string source, string? path = null, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParseOptions.Default;
        var text = new SourceText(source);
        var warnings = new List<ParseWarning>();
        // Markdown is parsed once, tolerantly; the renderer renders this same tree (Postmortem.Syntax).
        var syntax = MarkdownSyntax.Read(text);
        if (syntax.Flattened)
            warnings.Add(new ParseWarning("DBP005", "Markdown nested too deeply to read as is; nesting was flattened", SourceSpan.None));

        var frontMatter = ReadFrontMatter(text, syntax.Document, path, warnings);

        // Plain text pasted into a .md file: indented prose is not code. The structure is read with it dedented
        // (same lines, so every line number still points into the original source).
        if (syntax.Dedented)
            warnings.Add(new ParseWarning("DBP002", "indented text read as prose, not as a code block (plain text pasted into Markdown)", SourceSpan.None));
        var structureText = syntax.StructureText;
        var structureDocument = syntax.Structure;

        var lines = LineClassifier.Classify(text, structureText, structureDocument);
        var headings = HeadingDetector.Detect(structureText, structureDocument, lines);
        var sections = SectionBuilder.Build(text, lines, headings);
        var paragraphs = ParagraphReader.Read(text, lines, sections);

        var documentZone = SummaryExtractor.DocumentTimezone(text, lines, sections, frontMatter);
        var summary = SummaryExtractor.Extract(text, lines, sections, frontMatter);
        summary = SummaryTextFacts.Extract(summary, paragraphs, lines, sections);
        // Times: read as written, then placed once on one axis (Parsing/TimePlacement), then the incident's facts.
        var (summaryStart, summaryEnd) = SummaryExtractor.Times(text, lines, sections, documentZone?.Value);
        var zoneForTimes = documentZone?.Value ?? SummaryZone(summary);
        var written = TimelineExtractor.Extract(text, lines, sections, zoneForTimes);
        var placed = TimePlacement.Place(frontMatter, summaryStart, summaryEnd, written, FirstDate(lines), sections, lines, text);
        summary = summary with { Start = placed.Start, End = placed.End };
        var times = ChronologyBuilder.Build(placed.Start?.Value, placed.End?.Value, placed.Detected, summary.Duration, placed.Timeline, placed.AxisOffset);
        var rootCause = RootCauseExtractor.Extract(paragraphs, sections);
        var (improvements, tasks) = MeasuresExtractor.Extract(text, lines, sections, options.ActionItemColumns);
        var (images, links) = ReferenceCollector.Collect(text, syntax.Document, lines);
        AddZoneWarnings(text, lines, warnings);

        var title = frontMatter?.Title ?? sections.FirstOrDefault(s => s.Kind == SectionKind.Title)?.Heading;
        return new Postmortem
        {
            Path = path,
            Source = source,
            Text = text,
            Syntax = syntax,
            FrontMatter = frontMatter,
            Title = title,
            Sections = sections,
            Summary = summary,
            Timeline = placed.Timeline,
            Times = times,
            DocumentTimezone = documentZone is null ? null : new Fact<string>(documentZone.Value.Text, documentZone.Text, documentZone.Span),
            RootCause = rootCause,
            Improvements = improvements,
            ActionItems = tasks,
            Images = images,
            Links = links,
            Lines = lines,
            Paragraphs = paragraphs,
            Words = WordCounter.Count(lines),
            Warnings = warnings,
        };
    }

    private static FrontMatter? ReadFrontMatter(SourceText text, MarkdownDocument document, string? path, List<ParseWarning> warnings)
    {
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null) return null;
        var (first, last) = LineClassifier.LinesOf(text, block);
        var yamlLines = new List<string>();
        for (var n = first + 1; n < last; n++) yamlLines.Add(text.Line(n));
        return FrontMatterReader.Read(string.Join('\n', yamlLines), first + 1, text.Lines(first, last), path, warnings);
    }

    /// <summary>The first full date the document writes: the date assumed for times that give none.</summary>
    private static CalendarDate? FirstDate(IReadOnlyList<DocumentLine> lines) =>
        lines.Where(l => l.IsProse).SelectMany(l => CalendarDates.FindAll(l.Text)).Select(d => d.Date)
            .FirstOrDefault(d => d is { IsRelative: false, Year: not null });

    private static ZoneRef? SummaryZone(SummaryFacts summary) =>
        summary.Timezone is { } tz && Timezones.Parse(tz.Value) is { Success: true } z ? z.Value : null;

    private static void AddZoneWarnings(SourceText text, IReadOnlyList<DocumentLine> lines, List<ParseWarning> warnings)
    {
        var warned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.IsProse))
        {
            foreach (var zone in Timezones.FindAll(line.Text))
            {
                if (!zone.Zone.IsAmbiguous || !warned.Add(zone.Zone.Text)) continue;
                warnings.Add(new ParseWarning("DBP001",
                    $"ambiguous timezone '{zone.Zone.Text}' read as {zone.Zone.Name}; it may also mean {zone.Zone.AmbiguousWith}",
                    text.At(line.Number, 1, 0)));
            }
        }
    }
}
