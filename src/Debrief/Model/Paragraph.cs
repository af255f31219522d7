// Prose as a reader reads it: the hard-wrapped lines of one paragraph or list item joined, split into sentences,
// each with its (possibly multi-line) place in the source.
namespace Debrief.Model;

/// <summary>What block a paragraph is.</summary>
public enum ParagraphKind
{
    /// <summary>A paragraph of running text (its hard-wrapped lines joined).</summary>
    Paragraph,
    /// <summary>One list item (its continuation lines joined).</summary>
    ListItem,
    /// <summary>A Markdown heading (one line).</summary>
    Heading,
    /// <summary>One table row.</summary>
    TableRow,
    /// <summary>One line of an HTML block.</summary>
    Html,
}

/// <summary>One sentence: its prose (markup removed, lines joined with a space) and where it is in the source.</summary>
public sealed record Sentence(string Text, SourceSpan Span);

/// <summary>
/// A unit of prose: a paragraph or list item with its hard-wrapped lines joined, or a heading, table row or HTML line.
/// A line that opens with a label ("Impact: ...", "**Root cause:** ...") starts a new one, as does a section heading.
/// </summary>
/// <param name="Kind">The block it is.</param>
/// <param name="Text">Its prose, markup removed, lines joined with a space.</param>
/// <param name="Span">Where it is: from its first character to its last, across lines.</param>
/// <param name="Sentences">Its sentences, in order (see Parsing/Sentences.cs).</param>
public sealed record Paragraph(ParagraphKind Kind, string Text, SourceSpan Span, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>The label it opens with ("Impact" for "**Impact:** 30% of users"), or null.</summary>
    public string? Label { get; init; }

    /// <summary>The text after the label (the whole <see cref="Text"/> without one).</summary>
    public string Value { get; init; } = "";

    /// <summary>Where <see cref="Value"/> is (the whole <see cref="Span"/> without a label).</summary>
    public SourceSpan ValueSpan { get; init; }

    /// <summary>1-based first line.</summary>
    public int FirstLine => Span.Line;

    /// <summary>1-based last line.</summary>
    public int LastLine => Span.EndLine;
}
