// Times as the text writes them, before placement: a time of day with the date and zone the text gives it.
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>A time as written, not yet placed on the axis (Parsing/TimePlacement places it).</summary>
/// <param name="Expression">The time expression as found.</param>
/// <param name="Date">The date in force: written with the time, on the date line or day heading above it, or on an
/// earlier entry; a relative "Day 2"; null when the text gives none.</param>
/// <param name="DateOnTime">True when the date is written with the time itself ("June 5 14:00", "Day 2, 02:10").</param>
/// <param name="Zone">The zone written with the time, else the one stated for the document; null when unknown.</param>
/// <param name="Span">Where the time (or its line) is.</param>
internal sealed record WrittenTime(TimeExpression Expression, CalendarDate? Date, bool DateOnTime, ZoneRef? Zone, SourceSpan Span)
{
    public string Text => Expression.Text;
    public TimeOnly Time => Expression.Time;
}

/// <summary>A timeline entry as written.</summary>
/// <param name="Time">Its time.</param>
/// <param name="DateContext">Counts the dates written so far in its timeline region (a date line, a day heading, an entry
/// with its own date): entries with the same count share one written date, so the midnight rule applies between them.</param>
/// <param name="Text">The entry text without the time.</param>
/// <param name="Kind">The guessed kind.</param>
/// <param name="Span">Where the entry is.</param>
internal sealed record WrittenEntry(WrittenTime Time, int DateContext, string Text, TimelineEntryKind Kind, SourceSpan Span);
