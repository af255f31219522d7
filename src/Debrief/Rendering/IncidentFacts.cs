// The facts a reader looks for first (window, phases, figures, events), derived once from the model for every renderer.
using Debrief.Model;

namespace Debrief.Rendering;

/// <summary>A timeline event placed on the incident's clock.</summary>
/// <param name="Time">Wall-clock time in the display timezone.</param>
/// <param name="Kind">The entry's guessed kind.</param>
/// <param name="Text">The full entry text, markup removed.</param>
/// <param name="Label">A short label (a few words) for the diagram.</param>
/// <param name="Line">Source line, 1-based (0 when unknown).</param>
public sealed record IncidentEvent(DateTime Time, TimelineEntryKind Kind, string Text, string Label, int Line);

/// <summary>
/// Derived facts: the incident window in one display timezone, its phases, the headline figures and the events.
/// Times are wall-clock <see cref="DateTime"/> values in the display timezone (<see cref="TimezoneLabel"/>).
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

    /// <summary>An instant on the wall clock of <paramref name="offset"/>; as written when that clock would fall outside
    /// the calendar (placeholder dates of undated timelines sit at its start).</summary>
    private static DateTime WallClock(DateTimeOffset instant, TimeSpan offset)
    {
        var ticks = instant.UtcTicks + offset.Ticks;
        return ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks ? instant.DateTime : new DateTime(ticks);
    }

    /// <summary>Derives the facts from a parsed postmortem.</summary>
    public static IncidentFacts From(Postmortem postmortem)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        var summary = postmortem.Summary;
        var front = postmortem.FrontMatter;

        TimeSpan? offset = summary.Start?.Value.Offset ?? summary.End?.Value.Offset ?? front?.Started?.Offset ?? front?.Ended?.Offset
            ?? postmortem.Timeline.FirstOrDefault(e => e.Time is not null)?.Time?.Offset;
        DateTime? Wall(DateTimeOffset? instant) => instant is { } i ? (offset is { } o ? WallClock(i, o) : i.DateTime) : null;

        var start = Wall(summary.Start?.Value) ?? summary.LocalStart?.Value ?? Wall(front?.Started);
        var end = Wall(summary.End?.Value) ?? summary.LocalEnd?.Value ?? Wall(front?.Ended);

        var placed = new List<IncidentEvent>();
        var unplaced = 0;
        foreach (var entry in postmortem.Timeline)
        {
            var time = Wall(entry.Time) ?? entry.LocalTime;
            if (time is null) { unplaced++; continue; }
            var text = PlainText.Clean(entry.Text);
            placed.Add(new IncidentEvent(time.Value, entry.Kind, text, PlainText.ShortLabel(text), entry.Span.Line));
        }

        // Drop entries far from the stated window (a wrong assumed date would otherwise squash the whole axis).
        if (start is not null || end is not null)
        {
            var lo = (start ?? end!.Value) - MaxDistanceFromWindow;
            var hi = (end ?? start!.Value) + MaxDistanceFromWindow;
            var kept = placed.Where(e => e.Time >= lo && e.Time <= hi).ToList();
            unplaced += placed.Count - kept.Count;
            placed = kept;
        }
        placed.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Line.CompareTo(b.Line));

        var inferred = false;
        if (start is null && placed.Count > 0)
        {
            var impactStart = placed.FirstOrDefault(e => e.Kind is TimelineEntryKind.Detection or TimelineEntryKind.Trigger) ?? placed[0];
            start = impactStart.Time;
            inferred = true;
        }
        if (end is null && placed.Count > 0)
        {
            // A stated duration is better evidence of the end than the last entry (postmortems often log the aftermath).
            end = start is { } from && summary.Duration is { } statedDuration && statedDuration.Value > TimeSpan.Zero
                ? from + statedDuration.Value
                : placed.LastOrDefault(e => e.Kind == TimelineEntryKind.Resolution)?.Time ?? placed[^1].Time;
            inferred = true;
        }
        if (start is { } s0 && end is { } e0 && e0 < s0)
        {
            // A window that runs backwards (often a midnight crossing without dates): keep the start, drop the end.
            end = null;
        }

        var detected = Wall(front?.Detected) ?? placed.FirstOrDefault(e => e.Kind == TimelineEntryKind.Detection)?.Time;
        bool InResponse(IncidentEvent e) => (detected is null || e.Time >= detected) && (start is null || e.Time > start) && (end is null || e.Time < end);
        // Mitigated: the first mitigation; failing that, the first resolution entry before the end (a partial recovery).
        var mitigated = placed.FirstOrDefault(e => e.Kind == TimelineEntryKind.Mitigation && InResponse(e))?.Time
                        ?? placed.FirstOrDefault(e => e.Kind == TimelineEntryKind.Resolution && InResponse(e))?.Time;

        TimeSpan? duration = null;
        var stated = false;
        if (start is { } s1 && end is { } e1 && !inferred)
            duration = e1 - s1;
        else if (summary.Duration is { } d)
        {
            duration = d.Value;
            stated = true;
        }
        else if (start is { } s2 && end is { } e2)
            duration = e2 - s2;

        var tz = summary.Timezone?.Value ?? postmortem.DocumentTimezone?.Value ?? front?.Timezone
                 ?? (offset is { } off ? FormatText.Offset(off) : null);

        return new IncidentFacts
        {
            Title = postmortem.Title ?? front?.Title ?? "Untitled postmortem",
            Start = start,
            End = end,
            WindowInferred = inferred,
            Detected = detected,
            Mitigated = mitigated,
            Offset = offset,
            TimezoneLabel = tz,
            Duration = duration,
            DurationStated = stated,
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
