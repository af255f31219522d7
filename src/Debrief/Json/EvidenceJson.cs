// The records of `debrief analyze --format json` (docs/evidence.md), mapped from the evidence report and back (render --evidence).
using System.Text.Json.Serialization;
using Debrief.Evidence;

namespace Debrief.Json;

/// <summary>
/// The evidence report as JSON: inputs, line counts, incidents with impact and events, and the per-interval series.
/// Written by <c>debrief analyze --format json</c>, read back by <c>debrief render --evidence</c>
/// (<see cref="ToReport"/>); the archive server returns it. Property names are snake_case
/// (<see cref="DebriefJsonContext"/>); the shape is documented in docs/evidence.md. Times carry their offset.
/// </summary>
/// <param name="IntervalSeconds">The interval length of the series.</param>
/// <param name="Timezone">The offset times are shown in (the logs' own), "+01:00".</param>
/// <param name="Inputs">Each input and how it was read.</param>
/// <param name="Lines">Line counts over all inputs.</param>
/// <param name="DataStart">The first request (or event when there are no requests).</param>
/// <param name="DataEnd">The last request (or event).</param>
/// <param name="Totals">Totals over the whole data.</param>
/// <param name="Incidents">The detected incident windows.</param>
/// <param name="Events">All events in time order.</param>
/// <param name="Intervals">The per-interval series.</param>
public sealed record EvidenceReportJson(
    int IntervalSeconds,
    string Timezone,
    IReadOnlyList<EvidenceInputJson> Inputs,
    EvidenceLinesJson Lines,
    DateTimeOffset? DataStart,
    DateTimeOffset? DataEnd,
    EvidenceTotalsJson Totals,
    IReadOnlyList<IncidentJson> Incidents,
    IReadOnlyList<EvidenceEventJson> Events,
    IReadOnlyList<IntervalJson> Intervals)
{
    /// <summary>The <c>schema_version</c> this build writes and reads (docs/evidence.md, "Changes").</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The shape's version: raised when a field is renamed or removed, not when one is added.</summary>
    [JsonPropertyOrder(-1)]
    [JsonRequired]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The record of an evidence report.</summary>
    public static EvidenceReportJson From(EvidenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new EvidenceReportJson(
            report.IntervalSeconds,
            TimeText.Offset(report.Offset),
            [.. report.Inputs.Select(i => new EvidenceInputJson(i.Path, i.Format, i.LinesRead, i.Malformed))],
            new EvidenceLinesJson(report.Lines.Read, report.Lines.Malformed, [.. report.Lines.MalformedReasons.Select(MalformedReasonJson.From)]),
            report.DataStart,
            report.DataEnd,
            EvidenceTotalsJson.From(report.Totals),
            [.. report.Incidents.Select(IncidentJson.From)],
            [.. report.Events.Select(EvidenceEventJson.From)],
            [.. report.Intervals.Select(IntervalJson.From)]);
    }

    /// <summary>The evidence report this record describes (what <see cref="From"/> was given, to the JSON's precision).</summary>
    /// <exception cref="FormatException">The timezone is not an offset.</exception>
    public EvidenceReport ToReport()
    {
        if (!TimeText.TryParseOffset(Timezone, out var offset))
            throw new FormatException($"timezone '{Timezone}' is not an offset such as +01:00");
        return new EvidenceReport
        {
            IntervalSeconds = IntervalSeconds,
            Offset = offset,
            Inputs = [.. Inputs.Select(i => new InputSummary(i.Path, i.Format, i.Lines, i.Malformed))],
            Lines = new LineCounts(Lines.Read, Lines.Malformed, [.. Lines.MalformedReasons.Select(r => r.ToModel())]),
            DataStart = DataStart,
            DataEnd = DataEnd,
            Totals = Totals.ToModel(),
            Incidents = [.. Incidents.Select(i => i.ToModel())],
            Events = [.. Events.Select(e => e.ToModel())],
            Intervals = [.. Intervals.Select(p => p.ToModel())],
        };
    }

    /// <summary>A finite number, or null (JSON has no NaN or infinity).</summary>
    internal static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}

/// <summary>One input and how it was read.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Format">The detected format (<c>combined</c>, <c>syslog</c>, ...; <c>empty</c> for an empty file).</param>
/// <param name="Lines">Lines read.</param>
/// <param name="Malformed">Lines that could not be read.</param>
public sealed record EvidenceInputJson(string Path, string Format, long Lines, long Malformed);

/// <summary>Line counts over all inputs.</summary>
/// <param name="Read">Lines read.</param>
/// <param name="Malformed">Lines that could not be read.</param>
/// <param name="MalformedReasons">Why, with counts and the first samples.</param>
public sealed record EvidenceLinesJson(long Read, long Malformed, IReadOnlyList<MalformedReasonJson> MalformedReasons);

/// <summary>One reason lines were malformed.</summary>
/// <param name="Reason">"no status", "bad time", ...</param>
/// <param name="Count">How many lines.</param>
/// <param name="Samples">The first few such lines.</param>
public sealed record MalformedReasonJson(string Reason, long Count, IReadOnlyList<MalformedSampleJson> Samples)
{
    /// <summary>The record of a malformed-line reason.</summary>
    public static MalformedReasonJson From(MalformedReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new MalformedReasonJson(reason.Reason, reason.Count, [.. reason.Samples.Select(s => new MalformedSampleJson(s.Input, s.Line, s.Text))]);
    }

    /// <summary>The model's reason.</summary>
    public MalformedReason ToModel() => new(Reason, Count, [.. Samples.Select(s => new MalformedSample(s.Input, s.Line, s.Text))]);
}

/// <summary>A malformed line.</summary>
/// <param name="Input">The input it is in.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Text">The start of the line.</param>
public sealed record MalformedSampleJson(string Input, long Line, string Text);

/// <summary>Totals over the whole data.</summary>
/// <param name="Requests">Requests.</param>
/// <param name="ServerErrors">Requests answered with a 5xx.</param>
/// <param name="Clients">Distinct clients.</param>
/// <param name="ClientsWithServerErrors">Clients that saw at least one server error.</param>
/// <param name="Messages">Log messages.</param>
/// <param name="ErrorMessages">Error-level log messages.</param>
/// <param name="Events">Events (alerts, deploys, chat, ...).</param>
public sealed record EvidenceTotalsJson(long Requests, long ServerErrors, long Clients, long ClientsWithServerErrors, long Messages, long ErrorMessages, long Events)
{
    /// <summary>The record of the totals.</summary>
    public static EvidenceTotalsJson From(EvidenceTotals t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new EvidenceTotalsJson(t.Requests, t.ServerErrors, t.Clients, t.ClientsWithServerErrors, t.Messages, t.ErrorMessages, t.Events);
    }

    /// <summary>The model's totals.</summary>
    public EvidenceTotals ToModel() => new(Requests, ServerErrors, Clients, ClientsWithServerErrors, Messages, ErrorMessages, Events);
}

/// <summary>A detected incident window.</summary>
/// <param name="Id">1-based number in the report.</param>
/// <param name="Kinds">What was abnormal: <c>errors</c>, <c>latency</c>, <c>traffic_collapse</c>.</param>
/// <param name="Start">The first abnormal interval.</param>
/// <param name="End">The first normal interval after the window; null while ongoing.</param>
/// <param name="Ongoing">True when the data ends before recovery.</param>
/// <param name="Detected">The first alert firing in the window, else null.</param>
/// <param name="DurationMinutes">End - start; when ongoing, up to the end of the data.</param>
/// <param name="Impact">The impact in the window.</param>
/// <param name="Events">The incident's events.</param>
public sealed record IncidentJson(
    int Id,
    IReadOnlyList<string> Kinds,
    DateTimeOffset Start,
    DateTimeOffset? End,
    bool Ongoing,
    DateTimeOffset? Detected,
    double DurationMinutes,
    IncidentImpactJson Impact,
    IReadOnlyList<EvidenceEventJson> Events)
{
    /// <summary>The record of an incident.</summary>
    public static IncidentJson From(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new IncidentJson(incident.Id, incident.Kinds, incident.Start, incident.End, incident.Ongoing, incident.Detected,
            incident.DurationMinutes, IncidentImpactJson.From(incident.Impact), [.. incident.Events.Select(EvidenceEventJson.From)]);
    }

    /// <summary>The model's incident.</summary>
    public Incident ToModel() => new()
    {
        Id = Id,
        Kinds = Kinds,
        Start = Start,
        End = End,
        Ongoing = Ongoing,
        Detected = Detected,
        DurationMinutes = DurationMinutes,
        Impact = Impact.ToModel(),
        Events = [.. Events.Select(e => e.ToModel())],
    };
}

/// <summary>The impact of one incident; percentages are 0-100, null when not applicable.</summary>
/// <param name="Requests">Requests in the window.</param>
/// <param name="RequestsFailed">Server errors in the window.</param>
/// <param name="RequestsFailedPct">Server errors / requests; null when no request arrived.</param>
/// <param name="ClientsActive">Clients seen in the window.</param>
/// <param name="ClientsAffected">Clients with at least one server error.</param>
/// <param name="ClientsAffectedPct">Clients affected / active; null without clients.</param>
/// <param name="PeakErrorRatePct">The worst interval's error rate (intervals with at least 5 requests).</param>
/// <param name="PeakAt">When that interval starts.</param>
/// <param name="RequestsExpected">Requests the baseline expected in the window.</param>
/// <param name="TrafficRatio">Observed / expected requests.</param>
/// <param name="LatencyP95Seconds">95th percentile request time in the window, when the log has request times.</param>
/// <param name="BaselineLatencyP95Seconds">The same outside incidents.</param>
/// <param name="TopFailingEndpoints">Up to 5 paths with the most server errors.</param>
/// <param name="TopErrorMessages">Up to 5 most frequent error-log messages.</param>
public sealed record IncidentImpactJson(
    long Requests,
    long RequestsFailed,
    double? RequestsFailedPct,
    long ClientsActive,
    long ClientsAffected,
    double? ClientsAffectedPct,
    double PeakErrorRatePct,
    DateTimeOffset? PeakAt,
    double RequestsExpected,
    double? TrafficRatio,
    double? LatencyP95Seconds,
    double? BaselineLatencyP95Seconds,
    IReadOnlyList<EndpointCountJson> TopFailingEndpoints,
    IReadOnlyList<MessageCountJson> TopErrorMessages)
{
    /// <summary>The record of an incident's impact.</summary>
    public static IncidentImpactJson From(IncidentImpact m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new IncidentImpactJson(
            m.Requests, m.RequestsFailed, EvidenceReportJson.Finite(m.RequestsFailedPct),
            m.ClientsActive, m.ClientsAffected, EvidenceReportJson.Finite(m.ClientsAffectedPct),
            m.PeakErrorRatePct, m.PeakAt, m.RequestsExpected, EvidenceReportJson.Finite(m.TrafficRatio),
            EvidenceReportJson.Finite(m.LatencyP95Seconds), EvidenceReportJson.Finite(m.BaselineLatencyP95Seconds),
            [.. m.TopFailingEndpoints.Select(i => new EndpointCountJson(i.Name, i.Count))],
            [.. m.TopErrorMessages.Select(i => new MessageCountJson(i.Name, i.Count))]);
    }

    /// <summary>The model's impact.</summary>
    public IncidentImpact ToModel() => new()
    {
        Requests = Requests,
        RequestsFailed = RequestsFailed,
        RequestsFailedPct = RequestsFailedPct,
        ClientsActive = ClientsActive,
        ClientsAffected = ClientsAffected,
        ClientsAffectedPct = ClientsAffectedPct,
        PeakErrorRatePct = PeakErrorRatePct,
        PeakAt = PeakAt,
        RequestsExpected = RequestsExpected,
        TrafficRatio = TrafficRatio,
        LatencyP95Seconds = LatencyP95Seconds,
        BaselineLatencyP95Seconds = BaselineLatencyP95Seconds,
        TopFailingEndpoints = [.. TopFailingEndpoints.Select(i => new CountedItem(i.Path, i.Count))],
        TopErrorMessages = [.. TopErrorMessages.Select(i => new CountedItem(i.Message, i.Count))],
    };
}

/// <summary>A failing endpoint and its server errors.</summary>
/// <param name="Path">The request path.</param>
/// <param name="Count">Server errors.</param>
public sealed record EndpointCountJson(string Path, long Count);

/// <summary>An error-log message and how often it occurred.</summary>
/// <param name="Message">The message, numbers and ids normalised.</param>
/// <param name="Count">Occurrences.</param>
public sealed record MessageCountJson(string Message, long Count);

/// <summary>A dated event.</summary>
/// <param name="Time">When it happened.</param>
/// <param name="End">When it ended (alerts that resolved), else null.</param>
/// <param name="Kind"><c>alert</c>, <c>deploy</c>, <c>chat</c>, <c>error_burst</c>, <c>first_error</c>, <c>start</c>, <c>peak</c>, <c>mitigation</c>, <c>recovery</c>, <c>suspected_trigger</c> or <c>system</c>.</param>
/// <param name="Text">One sentence describing it.</param>
/// <param name="Source">The input it came from, or <c>analysis</c>.</param>
public sealed record EvidenceEventJson(DateTimeOffset Time, DateTimeOffset? End, EvidenceEventKind Kind, string Text, string Source)
{
    /// <summary>The record of an event.</summary>
    public static EvidenceEventJson From(EventRecord e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EvidenceEventJson(e.Time, e.End, e.Kind, e.Text, e.Source);
    }

    /// <summary>The model's event.</summary>
    public EventRecord ToModel() => new(Time, Kind, Text, Source, End);
}

/// <summary>One interval of the series.</summary>
/// <param name="Start">The interval's start.</param>
/// <param name="Requests">Requests.</param>
/// <param name="ServerErrors">Server errors.</param>
/// <param name="Clients">Distinct clients.</param>
/// <param name="LatencyP95Seconds">95th percentile request time (4 decimals), when the log has request times.</param>
/// <param name="ExpectedRequests">What the baseline expected.</param>
public sealed record IntervalJson(DateTimeOffset Start, long Requests, long ServerErrors, long Clients, double? LatencyP95Seconds, double? ExpectedRequests)
{
    /// <summary>The record of an interval.</summary>
    public static IntervalJson From(IntervalPoint p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new IntervalJson(p.Start, p.Requests, p.ServerErrors, p.Clients,
            EvidenceReportJson.Finite(p.LatencyP95Seconds is { } l ? Math.Round(l, 4) : null), EvidenceReportJson.Finite(p.ExpectedRequests));
    }

    /// <summary>The model's interval.</summary>
    public IntervalPoint ToModel() => new(Start, Requests, ServerErrors, Clients, LatencyP95Seconds, ExpectedRequests);
}
