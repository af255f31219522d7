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
}

/// <summary>A section: heading plus body up to the next heading of the same or a higher level.</summary>
/// <param name="Kind">The recognised kind, or <see cref="SectionKind.Other"/>.</param>
/// <param name="Heading">The heading text as written, without markup.</param>
/// <param name="Level">1-6 for ATX/setext/HTML headings; bold-paragraph and plain-line headings get 2.</param>
/// <param name="HeadingSpan">Where the heading is.</param>
/// <param name="Span">The whole section, heading included.</param>
/// <param name="Body">The section body as plain text (markup removed), used by the detectors.</param>
public sealed record Section(SectionKind Kind, string Heading, int Level, SourceSpan HeadingSpan, SourceSpan Span, string Body);
