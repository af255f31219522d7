// The parsed postmortem: source and its line index, front matter, sections, facts, timeline, measures, images, words.
using Debrief.Parsing;

namespace Debrief.Model;

/// <summary>A fact with where it came from. A fact read as text (impact, root cause, trigger, resolution) is a whole
/// sentence or a whole labelled clause, its hard-wrapped lines joined, and its span may cross lines.</summary>
public sealed record Fact<T>(T Value, string Text, SourceSpan Span);

/// <summary>The Issue Summary facts, from front matter when present, otherwise from the prose.</summary>
public sealed record SummaryFacts
{
    /// <summary>The outage's start as stated (front matter <c>started</c>, else the summary's first time), placed on the
    /// document's axis: its date may be written, assumed from context, or absent (see <see cref="PlacedTime"/>).</summary>
    public Fact<PlacedTime>? Start { get; init; }
    /// <summary>The outage's end as stated (front matter <c>ended</c>, else the summary's second time), placed.</summary>
    public Fact<PlacedTime>? End { get; init; }
    /// <summary>The timezone as written ("UTC", "PST", "GMT+1", "Europe/Paris").</summary>
    public Fact<string>? Timezone { get; init; }
    /// <summary>The duration as stated in the text (not computed).</summary>
    public Fact<TimeSpan>? Duration { get; init; }
    public Fact<string>? Impact { get; init; }
    /// <summary>Share of users affected, 0-100.</summary>
    public Fact<double>? AffectedPercentage { get; init; }
    public Fact<string>? RootCause { get; init; }
}

/// <summary>Root cause and resolution narrative.</summary>
public sealed record RootCauseAnalysis(Fact<string>? Cause, Fact<string>? Trigger, Fact<string>? Resolution);

/// <summary>An image or diagram in the document.</summary>
public sealed record ImageRef(string Url, string Alt, SourceSpan Span);

/// <summary>A link in the document.</summary>
public sealed record LinkRef(string Url, string Text, SourceSpan Span);

/// <summary>Something the parser noticed but could tolerate (ambiguous timezone, unparsable time).</summary>
public sealed record ParseWarning(string Code, string Message, SourceSpan Span);

/// <summary>A parsed postmortem document.</summary>
public sealed record Postmortem
{
    /// <summary>The path the document was read from, or null for stdin/in-memory.</summary>
    public string? Path { get; init; }
    /// <summary>The exact source text; writing an unchanged document gives it back byte for byte.</summary>
    public required string Source { get; init; }

    /// <summary>The one line index of <see cref="Source"/> (LF, CRLF and lone-CR endings alike): every line and column
    /// the parser, the rules, the fixes and the outputs give comes from it.</summary>
    public SourceText Text
    {
        get => field is { } text && ReferenceEquals(text.Text, Source) ? text : field = new SourceText(Source);
        init;
    }

    /// <summary>The Markdown trees the parser read (the renderer renders the same tree); null for a hand-built model.</summary>
    internal MarkdownSyntax? Syntax { get; init; }
    public FrontMatter? FrontMatter { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<Section> Sections { get; init; } = [];
    public SummaryFacts Summary { get; init; } = new();
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
    /// <summary>Every time of the document on one axis: the incident window, detection, mitigation, duration and the
    /// timelines' order, computed once in parsing and read by show, lint and render.</summary>
    public Chronology Times { get; init; } = Chronology.Empty;
    /// <summary>The timezone stated once for the whole timeline/document ("all times UTC"), if any.</summary>
    public Fact<string>? DocumentTimezone { get; init; }
    public RootCauseAnalysis RootCause { get; init; } = new(null, null, null);
    public IReadOnlyList<Improvement> Improvements { get; init; } = [];
    public IReadOnlyList<ActionItem> ActionItems { get; init; } = [];
    public IReadOnlyList<ImageRef> Images { get; init; } = [];
    public IReadOnlyList<LinkRef> Links { get; init; } = [];
    /// <summary>Prose words: front matter, code blocks, HTML tags, URLs and markup excluded.</summary>
    public int Words { get; init; }
    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];
    /// <summary>Every source line with its block kind and prose text (1-based: Lines[0] is line 1).</summary>
    public IReadOnlyList<DocumentLine> Lines { get; init; } = [];
    /// <summary>The prose as paragraphs (hard-wrapped lines joined) with their sentences, in source order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];

    /// <summary>The first section of a kind, or null.</summary>
    public Section? SectionOf(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);
}
