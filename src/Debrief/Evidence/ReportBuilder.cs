// From the folded evidence to the report: the series, the detected windows, their impact and their events.
namespace Debrief.Evidence;

/// <summary>Builds an <see cref="EvidenceReport"/> from an aggregate.</summary>
public static class ReportBuilder
{
    /// <summary>How far before an incident a deploy counts as its suspected trigger.</summary>
    public static readonly TimeSpan TriggerLookback = TimeSpan.FromMinutes(30);

    /// <summary>How far around an incident chat messages become timeline candidates.</summary>
    public static readonly TimeSpan ChatMargin = TimeSpan.FromMinutes(15);

    /// <summary>Builds the report.</summary>
    public static EvidenceReport Build(EvidenceAggregate aggregate, MalformedTally tally, IReadOnlyList<InputSummary> inputs, TimeSpan offset, DetectionOptions? detection = null)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(tally);
        var series = IntervalSeries.From(aggregate);
        var detector = new IncidentDetector(detection);
        var verdicts = detector.Judge(series);
        var windows = detector.Detect(series, verdicts);

        DateTimeOffset At(long unixSeconds, int? offsetMinutes = null) =>
            DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToOffset(offsetMinutes is int m ? TimeSpan.FromMinutes(m) : offset);
        DateTimeOffset IntervalTime(int k)
        {
            var index = series.FirstIndex + k;
            var om = aggregate.Buckets.TryGetValue(index, out var b) && b.Requests > 0 ? b.OffsetMinutes : (int?)null;
            return At(aggregate.IntervalStart(index), om);
        }

        // events from the inputs, in the report's offset, alerts merged (a firing and a resolved payload are one alert)
        var events = MergeAlerts(aggregate.Events.Select(e => e with { Time = e.Time.ToOffset(offset), End = e.End?.ToOffset(offset) }))
            .Concat(ErrorBurstFinder.Find(aggregate, offset))
            .OrderBy(e => e.Time).ThenBy(e => e.Kind).ToList();

        var allClients = new ClientHashSet(1024);
        var errorClients = new ClientHashSet(64);
        long serverErrors = 0;
        foreach (var b in aggregate.Buckets.Values)
        {
            allClients.UnionWith(b.Clients);
            if (b.ErrorClients is not null)
                errorClients.UnionWith(b.ErrorClients);
            serverErrors += b.ServerErrors;
        }

        var incidents = new List<Incident>();
        foreach (var w in windows)
        {
            var start = IntervalTime(w.Start);
            DateTimeOffset? end = w.Ongoing ? null : IntervalTime(w.EndExclusive);
            var dataEnd = At(aggregate.LastRequestSecond + 1);
            var impact = Impact(aggregate, series, verdicts, w, IntervalTime);
            var windowEnd = end ?? dataEnd;

            var firstErrorSecond = Enumerable.Range(w.Start, w.EndExclusive - w.Start)
                .Select(k => aggregate.Buckets.TryGetValue(series.FirstIndex + k, out var b) ? b.FirstErrorSecond : long.MaxValue)
                .DefaultIfEmpty(long.MaxValue).Min();
            var incidentEvents = new List<EventRecord>
            {
                new(start, EvidenceEventKind.Start, StartText(w, impact), "analysis"),
            };
            if (firstErrorSecond != long.MaxValue && w.Kinds.Contains("errors"))
                incidentEvents.Add(new EventRecord(At(firstErrorSecond), EvidenceEventKind.FirstError, "First server error (5xx) of the incident", "analysis"));
            var trigger = events.Where(e => e.Kind == EvidenceEventKind.Deploy && e.Time <= start.AddSeconds(aggregate.IntervalSeconds) && e.Time >= start - TriggerLookback)
                .OrderByDescending(e => e.Time).FirstOrDefault();
            if (trigger is not null)
                incidentEvents.Add(trigger with { Kind = EvidenceEventKind.SuspectedTrigger, Text = $"{trigger.Text} (suspected trigger: shortly before the start)" });
            var alerts = events.Where(e => e.Kind == EvidenceEventKind.Alert && e.Time >= start && e.Time <= windowEnd).ToList();
            incidentEvents.AddRange(alerts);
            DateTimeOffset? detected = alerts.Count > 0 ? alerts[0].Time : null;
            if (impact.PeakAt is { } peak && impact.PeakErrorRatePct > 0)
                incidentEvents.Add(new EventRecord(peak, EvidenceEventKind.Peak, $"Peak error rate: {Pct(impact.PeakErrorRatePct)} of requests failed", "analysis"));
            foreach (var d in events.Where(e => e.Kind == EvidenceEventKind.Deploy && e != trigger && e.Time > start && e.Time <= windowEnd))
                incidentEvents.Add(IsMitigation(d.Text) ? d with { Kind = EvidenceEventKind.Mitigation, Text = $"{d.Text} (mitigation)" } : d);
            incidentEvents.AddRange(events.Where(e => e.Kind is EvidenceEventKind.ErrorBurst or EvidenceEventKind.System && e.Time >= start.AddMinutes(-5) && e.Time <= windowEnd));
            incidentEvents.AddRange(events.Where(e => e.Kind == EvidenceEventKind.Chat && e.Time >= start - ChatMargin && e.Time <= windowEnd + ChatMargin).Take(20));
            foreach (var a in alerts.Where(a => a.End is not null))
                incidentEvents.Add(new EventRecord(a.End!.Value, EvidenceEventKind.Recovery, $"Alert resolved: {AlertName(a.Text)}", a.Source));
            if (end is { } e2)
                incidentEvents.Add(new EventRecord(e2, EvidenceEventKind.Recovery, "Traffic and error rate back to normal", "analysis"));
            incidents.Add(new Incident
            {
                Id = incidents.Count + 1,
                Kinds = w.Kinds,
                Start = start,
                End = end,
                Ongoing = w.Ongoing,
                Detected = detected,
                DurationMinutes = Math.Round((windowEnd - start).TotalMinutes, 2),
                Impact = impact,
                Events = incidentEvents.OrderBy(e => e.Time).ThenBy(e => e.Kind).ToList(),
            });
        }

        var intervals = new List<IntervalPoint>(series.Count);
        for (var k = 0; k < series.Count; k++)
        {
            var clients = aggregate.Buckets.TryGetValue(series.FirstIndex + k, out var b) ? b.Clients.Count : 0;
            intervals.Add(new IntervalPoint(IntervalTime(k), series.Requests[k], series.Errors[k], clients, series.LatencyP95[k], Math.Round(verdicts[k].ExpectedRequests, 2)));
        }

        return new EvidenceReport
        {
            IntervalSeconds = aggregate.IntervalSeconds,
            Offset = offset,
            Inputs = inputs,
            Lines = new LineCounts(inputs.Sum(i => i.LinesRead), tally.Total, tally.Reasons),
            DataStart = aggregate.Requests > 0 ? At(aggregate.FirstRequestSecond) : events.Count > 0 ? events[0].Time : null,
            DataEnd = aggregate.Requests > 0 ? At(aggregate.LastRequestSecond) : events.Count > 0 ? events[^1].Time : null,
            Totals = new EvidenceTotals(aggregate.Requests, serverErrors, allClients.Count, errorClients.Count, aggregate.Messages, aggregate.ErrorMessages.Count, events.Count),
            Incidents = incidents,
            Events = events,
            Intervals = intervals,
        };
    }

    private static IncidentImpact Impact(EvidenceAggregate aggregate, IntervalSeries series, IntervalVerdict[] verdicts, DetectedWindow w, Func<int, DateTimeOffset> time)
    {
        long requests = 0, failed = 0, latencyCount = 0;
        double expected = 0, peak = 0;
        int? peakAt = null;
        var active = new ClientHashSet(1024);
        var affected = new ClientHashSet(256);
        var paths = new Dictionary<string, long>(StringComparer.Ordinal);
        var latency = new long[IntervalBucket.LatencyBins];
        for (var k = w.Start; k < w.EndExclusive; k++)
        {
            requests += series.Requests[k];
            failed += series.Errors[k];
            expected += verdicts[k].ExpectedRequests;
            if (series.Requests[k] >= 5)
            {
                var rate = (double)series.Errors[k] / series.Requests[k];
                if (rate > peak)
                {
                    peak = rate;
                    peakAt = k;
                }
            }
            if (!aggregate.Buckets.TryGetValue(series.FirstIndex + k, out var b))
                continue;
            active.UnionWith(b.Clients);
            if (b.ErrorClients is not null)
                affected.UnionWith(b.ErrorClients);
            if (b.FailingPaths is not null)
                foreach (var (p, n) in b.FailingPaths)
                    paths[p] = paths.GetValueOrDefault(p) + n;
            if (b.Latency is not null)
            {
                for (var i = 0; i < latency.Length; i++)
                    latency[i] += b.Latency[i];
                latencyCount += b.LatencyCount;
            }
        }
        var from = aggregate.IntervalStart(series.FirstIndex + w.Start) - aggregate.IntervalSeconds;
        var to = aggregate.IntervalStart(series.FirstIndex + w.EndExclusive);
        var messages = aggregate.ErrorMessages.Where(m => m.UnixSeconds >= from && m.UnixSeconds < to)
            .GroupBy(m => m.Template).Select(g => new CountedItem(aggregate.Templates[g.Key].Sample, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Take(5).ToList();
        var baselineP95 = verdicts[w.Start].BaselineLatencyP95;
        return new IncidentImpact
        {
            Requests = requests,
            RequestsFailed = failed,
            RequestsFailedPct = requests == 0 ? null : Math.Round(100.0 * failed / requests, 3),
            ClientsActive = active.Count,
            ClientsAffected = affected.Count,
            ClientsAffectedPct = active.Count == 0 ? null : Math.Round(100.0 * affected.Count / active.Count, 3),
            PeakErrorRatePct = Math.Round(100 * peak, 3),
            PeakAt = peakAt is int pk ? time(pk) : null,
            RequestsExpected = Math.Round(expected, 1),
            TrafficRatio = expected <= 0 ? null : Math.Round(requests / expected, 4),
            LatencyP95Seconds = IntervalBucket.Quantile(latency, latencyCount, 0.95) is { } l ? Math.Round(l, 4) : null,
            BaselineLatencyP95Seconds = baselineP95 is { } bl ? Math.Round(bl, 4) : null,
            TopFailingEndpoints = paths.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(5).Select(p => new CountedItem(p.Key, p.Value)).ToList(),
            TopErrorMessages = messages,
        };
    }

    private static string StartText(DetectedWindow w, IncidentImpact impact)
    {
        var what = new List<string>();
        if (w.Kinds.Contains("errors")) what.Add("server errors rise above the baseline");
        if (w.Kinds.Contains("latency")) what.Add("response times rise above the baseline");
        if (w.Kinds.Contains("traffic_collapse")) what.Add(impact.Requests == 0 ? "traffic stops entirely" : "traffic collapses");
        return "Impact begins: " + string.Join(", ", what);
    }

    private static readonly string[] MitigationWords = ["rollback", "roll back", "rolled back", "revert", "restart", "failover", "fail over", "mitigat", "disable", "scale up", "hotfix"];

    private static bool IsMitigation(string text) => MitigationWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static string AlertName(string text)
    {
        var t = text.StartsWith("Alert ", StringComparison.Ordinal) ? text[6..] : text;
        var i = t.IndexOf(" fired", StringComparison.Ordinal);
        return i > 0 ? t[..i] : t;
    }

    /// <summary>Merges the firing and resolved payloads of one alert into one event with start and end.</summary>
    public static IEnumerable<EventRecord> MergeAlerts(IEnumerable<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var result = new List<EventRecord>();
        var alerts = new Dictionary<(DateTimeOffset, string), int>();
        foreach (var e in events)
        {
            if (e.Kind != EvidenceEventKind.Alert)
            {
                result.Add(e);
                continue;
            }
            var key = (e.Time, e.Text);
            if (alerts.TryGetValue(key, out var i))
            {
                if (e.End is not null && result[i].End is null)
                    result[i] = result[i] with { End = e.End };
                continue;
            }
            alerts[key] = result.Count;
            result.Add(e);
        }
        return result;
    }

    /// <summary>A percentage for people: "48.6%".</summary>
    public static string Pct(double value) => value.ToString(value >= 10 || value == 0 ? "0.#" : "0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
