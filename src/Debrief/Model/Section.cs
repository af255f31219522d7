// A section of a postmortem: its recognised kind, heading and extent in the source.
namespace Debrief.Model;

/// <summary>What a section is about, recognised from its heading (synonyms in Parsing/Vocabulary).</summary>
public enum SectionKind
{
    Other,
    Title,
    Summary,
    Impact,
    Timeline,
    RootCause,
    Trigger,
    Resolution,
    RootCauseAndResolution,
    Detection,
    Measures,
    ActionItems,
    LessonsLearned,
    SupportingInformation,
    /// <summary>"Duration:" inside a summary.</summary>
    Duration,
    /// <summary>"Actions taken:" inside a timeline.</summary>
    Actions,
    /// <summary>"Escalation:" inside a timeline.</summary>
    Escalation,
}

/// <summary>How a heading was written.</summary>
public enum HeadingStyle
{
    /// <summary>"## Timeline".</summary>
    Atx,
    /// <summary>"Timeline" underlined with "===" or "---".</summary>
    Setext,
    /// <summary>"&lt;h2&gt;Timeline&lt;/h2&gt;".</summary>
    Html,
    /// <summary>A paragraph that is only bold text: "**Timeline**" or "**Timeline:**".</summary>
    BoldParagraph,
    /// <summary>A plain line of pasted text: "Timeline:" or "Issue Summary" alone on its line.</summary>
    PlainLine,
    /// <summary>A list item that only names a section: "* Root cause and resolution:".</summary>
    ListItem,
}

/// <summary>A section: heading plus body up to the next heading of the same or a higher level; a heading of
/// the same level that is a field of this section ("Duration:" under "Issue Summary:", "Tasks:" under
/// "Corrective measures:") stays inside it.</summary>
/// <param name="Kind">The recognised kind, or <see cref="SectionKind.Other"/>.</param>
/// <param name="Heading">The heading text as written, without markup.</param>
/// <param name="Level">1-6 for ATX/setext/HTML headings; bold-paragraph and plain-line headings get 7 (below every real heading).</param>
/// <param name="HeadingSpan">Where the heading is.</param>
/// <param name="Span">The whole section, heading included.</param>
/// <param name="Body">The section body as plain text (markup removed), used by the detectors.</param>
public sealed record Section(SectionKind Kind, string Heading, int Level, SourceSpan HeadingSpan, SourceSpan Span, string Body)
{
    /// <summary>How the heading was written.</summary>
    public HeadingStyle Style { get; init; }

    /// <summary>1-based line of the heading.</summary>
    public int HeadingLine => HeadingSpan.Line;

    /// <summary>1-based last line of the section (its body and sub-sections).</summary>
    public int LastLine { get; init; }
}
