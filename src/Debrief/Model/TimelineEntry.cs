// One dated line of the timeline and what kind of moment it records.
namespace Debrief.Model;

/// <summary>The guessed role of a timeline entry (word lists in Parsing/Vocabulary).</summary>
public enum TimelineEntryKind
{
    Other,
    Trigger,
    Detection,
    Action,
    MisleadingPath,
    Escalation,
    Mitigation,
    Resolution,
}

/// <summary>A timeline entry.</summary>
/// <param name="TimeText">The time as written, e.g. "10:45 AM PST".</param>
/// <param name="LocalTime">The wall-clock time resolved as far as the document allows (date may be assumed).</param>
/// <param name="Time">The instant, when the offset is knowable (stated per entry, once for the document, or in front matter).</param>
/// <param name="DateKnown">True when the date was written (on the entry, a parent line, or a day heading), not assumed.</param>
/// <param name="Text">The entry text without the time.</param>
/// <param name="Kind">The guessed kind.</param>
/// <param name="Span">Where the entry is.</param>
public sealed record TimelineEntry(
    string TimeText,
    DateTime? LocalTime,
    DateTimeOffset? Time,
    bool DateKnown,
    string Text,
    TimelineEntryKind Kind,
    SourceSpan Span);
