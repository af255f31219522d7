// One timed line of the timeline, placed on the document's axis, and what kind of moment it records.
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
/// <param name="Placed">The time placed on the document's axis (see <see cref="Chronology"/>): time of day, date and
/// where the date comes from, offset.</param>
/// <param name="Text">The entry text without the time.</param>
/// <param name="Kind">The guessed kind.</param>
/// <param name="Span">Where the entry is.</param>
public sealed record TimelineEntry(string TimeText, PlacedTime Placed, string Text, TimelineEntryKind Kind, SourceSpan Span)
{
    /// <summary>Which timeline of the document the entry belongs to (0 = the first; see <see cref="Chronology.Groups"/>);
    /// null for a remark not written like the other entries (a paragraph under a list timeline), which takes no part
    /// in the timeline's order.</summary>
    public int? Group { get; init; }
}
