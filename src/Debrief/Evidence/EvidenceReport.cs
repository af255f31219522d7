// The result of `debrief analyze`: inputs, line counts, incidents with impact and events, and the per-interval series.
namespace Debrief.Evidence;

/// <summary>One input and how it was read.</summary>
public sealed record InputSummary(string Path, string Format, long LinesRead, long Malformed);

/// <summary>Line counts over all inputs.</summary>
public sealed record LineCounts(long Read, long Malformed, IReadOnlyList<MalformedReason> MalformedReasons);

/// <summary>Totals over the whole data.</summary>
public sealed record EvidenceTotals(long Requests, long ServerErrors, long Clients, long ClientsWithServerErrors, long Messages, long ErrorMessages, long Events);

/// <summary>A name and how often it occurred (failing endpoint, error message).</summary>
public sealed record CountedItem(string Name, long Count);

/// <summary>The impact of one incident.</summary>
public sealed record IncidentImpact
{
    public long Requests { get; init; }
    public long RequestsFailed { get; init; }
    /// <summary>Server errors / requests in the window, 0-100; null when the window has no requests.</summary>
    public double? RequestsFailedPct { get; init; }
    public long ClientsActive { get; init; }
    public long ClientsAffected { get; init; }
    /// <summary>Clients that saw at least one server error / clients active in the window, 0-100; null without clients.</summary>
    public double? ClientsAffectedPct { get; init; }
    public double PeakErrorRatePct { get; init; }
    public DateTimeOffset? PeakAt { get; init; }
    /// <summary>Requests the baseline expected in the window.</summary>
    public double RequestsExpected { get; init; }
    /// <summary>Observed / expected requests (1 = normal traffic, 0 = nothing arrived).</summary>
    public double? TrafficRatio { get; init; }
    public double? LatencyP95Seconds { get; init; }
    public double? BaselineLatencyP95Seconds { get; init; }
    public IReadOnlyList<CountedItem> TopFailingEndpoints { get; init; } = [];
    public IReadOnlyList<CountedItem> TopErrorMessages { get; init; } = [];
}

/// <summary>A detected incident window.</summary>
public sealed record Incident
{
    public int Id { get; init; }
    /// <summary>What was abnormal: "errors", "latency", "traffic_collapse".</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public DateTimeOffset Start { get; init; }
    /// <summary>End (exclusive: the first normal interval), null while ongoing.</summary>
    public DateTimeOffset? End { get; init; }
    /// <summary>True when the incident was still open at the end of the data.</summary>
    public bool Ongoing { get; init; }
    /// <summary>First alert or first error of the incident, when known.</summary>
    public DateTimeOffset? Detected { get; init; }
    /// <summary>End - start; for an ongoing incident, up to the end of the data.</summary>
    public double DurationMinutes { get; init; }
    public IncidentImpact Impact { get; init; } = new();
    public IReadOnlyList<EventRecord> Events { get; init; } = [];
}

/// <summary>One interval of the series.</summary>
public sealed record IntervalPoint(DateTimeOffset Start, long Requests, long ServerErrors, long Clients, double? LatencyP95Seconds, double? ExpectedRequests);

/// <summary>The evidence report; its JSON form is documented in docs/evidence.md.</summary>
public sealed record EvidenceReport
{
    public int IntervalSeconds { get; init; } = 60;
    /// <summary>The offset the report's times are shown in (the logs' own).</summary>
    public TimeSpan Offset { get; init; }
    public IReadOnlyList<InputSummary> Inputs { get; init; } = [];
    public LineCounts Lines { get; init; } = new(0, 0, []);
    public DateTimeOffset? DataStart { get; init; }
    public DateTimeOffset? DataEnd { get; init; }
    public EvidenceTotals Totals { get; init; } = new(0, 0, 0, 0, 0, 0, 0);
    public IReadOnlyList<Incident> Incidents { get; init; } = [];
    /// <summary>All events in time order (alerts, deploys, error bursts, chat, system).</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];
    public IReadOnlyList<IntervalPoint> Intervals { get; init; } = [];
}
