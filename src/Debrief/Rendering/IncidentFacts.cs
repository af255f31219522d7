// The facts a reader looks for first (window, phases, figures, events) for every renderer, read from the model:
// the times from the document's chronology (placed once by the parser), never placed again here.
using Debrief.Model;

namespace Debrief.Rendering;

/// <summary>A timeline event placed on the incident's clock.</summary>
/// <param name="Time">Its position on the document's axis (wall clock of the display timezone; print its clock, and its
/// date only through <see cref="FormatText.Day(DateTime, AxisDates, DateTime)"/>).</param>
/// <param name="Kind">The entry's guessed kind.</param>
/// <param name="Text">The full entry text, markup removed.</param>
/// <param name="Label">A short label (a few words) for the diagram.</param>
/// <param name="Line">Source line, 1-based (0 when unknown).</param>
public sealed record IncidentEvent(DateTime Time, TimelineEntryKind Kind, string Text, string Label, int Line);

/// <summary>
/// Derived facts: the incident window in one display timezone, its phases, the headline figures and the events.
/// Times are positions on the document's axis (<see cref="Chronology"/>): wall-clock <see cref="DateTime"/> values in the
/// display timezone (<see cref="TimezoneLabel"/>) whose date is real only as far as <see cref="Dates"/> says.
/// </summary>
public sealed record IncidentFacts
{
    /// <summary>Document title, or a fallback.</summary>
    public required string Title { get; init; }
    public DateTime? Start { get; init; }
    public DateTime? End { get; init; }
    /// <summary>True when start or end were not stated and were taken from the first/last timeline entry.</summary>
    public bool WindowInferred { get; init; }
    public DateTime? Detected { get; init; }
    /// <summary>The first mitigation after detection, when the timeline records one.</summary>
    public DateTime? Mitigated { get; init; }
    /// <summary>The UTC offset of the display timezone, when the document makes it knowable.</summary>
    public TimeSpan? Offset { get; init; }
    /// <summary>The timezone as the document states it ("UTC", "PST"), or the offset ("UTC+01:00"), or null.</summary>
    public string? TimezoneLabel { get; init; }
    /// <summary>Computed from start and end when both are known, otherwise the duration stated in the text.</summary>
    public TimeSpan? Duration { get; init; }
    /// <summary>True when <see cref="Duration"/> is the stated one rather than computed.</summary>
    public bool DurationStated { get; init; }
    /// <summary>How much of the calendar the document gives: decides how days are written (never a placeholder date).</summary>
    public AxisDates Dates { get; init; } = AxisDates.Full;
    /// <summary>The axis's first day, for counting days of an undated document ("day 2").</summary>
    public DateTime Origin { get; init; }
    public TimeSpan? TimeToDetect => Start is { } s && Detected is { } d && d >= s ? d - s : null;
    public double? UsersAffectedPct { get; init; }
    public double? RequestsFailedPct { get; init; }
    public string? Impact { get; init; }
    public string? RootCause { get; init; }
    public string? Status { get; init; }
    public string? Severity { get; init; }
    public IReadOnlyList<string> Services { get; init; } = [];
    public IReadOnlyList<IncidentEvent> Events { get; init; } = [];
    /// <summary>Timeline entries left off the diagram because their time is unknown or far from the incident.</summary>
    public int EventsNotPlaced { get; init; }

    /// <summary>Events further than this from the incident window are assumed to be mis-dated and are not drawn.</summary>
    public static readonly TimeSpan MaxDistanceFromWindow = TimeSpan.FromDays(3);

    /// <summary>Reads the facts of a parsed postmortem (its times from <see cref="Postmortem.Times"/>).</summary>
    public static IncidentFacts From(Postmortem postmortem)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        var summary = postmortem.Summary;
        var front = postmortem.FrontMatter;
        var times = postmortem.Times;

        var offset = times.Offset ?? new[] { times.Start, times.End }.Concat(postmortem.Timeline.Select(e => e.Placed))
            .FirstOrDefault(t => t?.Offset is not null)?.Offset;
        var start = times.WindowStart?.At;
        var end = times.WindowEnd?.At;

        var placed = new List<IncidentEvent>();
        foreach (var entry in postmortem.Timeline)
        {
            var text = PlainText.Clean(entry.Text);
            placed.Add(new IncidentEvent(entry.Placed.At, entry.Kind, text, PlainText.ShortLabel(text), entry.Span.Line));
        }
        // Not drawn: entries far from the stated window (a wrong date would otherwise squash the whole axis).
        var unplaced = 0;
        if (times.Start is not null || times.End is not null)
        {
            var lo = (times.Start ?? times.End)!.At - MaxDistanceFromWindow;
            var hi = (times.End ?? times.Start)!.At + MaxDistanceFromWindow;
            var kept = placed.Where(e => e.Time >= lo && e.Time <= hi).ToList();
            unplaced = placed.Count - kept.Count;
            placed = kept;
        }
        placed.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Line.CompareTo(b.Line));

        var tz = summary.Timezone?.Value ?? postmortem.DocumentTimezone?.Value ?? front?.Timezone
                 ?? (offset is { } off ? FormatText.Offset(off) : null);

        return new IncidentFacts
        {
            Title = postmortem.Title ?? front?.Title ?? "Untitled postmortem",
            Start = start,
            End = end,
            WindowInferred = times.WindowFromTimeline,
            Detected = times.Detected?.At,
            Mitigated = times.Mitigated?.At,
            Offset = offset,
            TimezoneLabel = tz,
            Duration = times.Duration,
            DurationStated = times.DurationStated,
            Dates = times.Dates,
            Origin = times.Origin,
            UsersAffectedPct = front?.Impact?.UsersAffectedPct ?? summary.AffectedPercentage?.Value,
            RequestsFailedPct = front?.Impact?.RequestsFailedPct,
            Impact = PlainText.CardText(front?.Impact?.Summary ?? summary.Impact?.Value),
            RootCause = PlainText.CardText(summary.RootCause?.Value ?? postmortem.RootCause.Cause?.Value),
            Status = front?.Status,
            Severity = front?.Severity,
            Services = front?.Services ?? [],
            Events = placed,
            EventsNotPlaced = unplaced,
        };
    }
}
