// The draft: computed front matter and summary, timeline in the logs' timezone, TODOs only for what humans know.
using System.Globalization;
using Debrief.Evidence;

namespace Debrief.Tests.Evidence;

public sealed class DraftWriterTests
{
    internal static EvidenceReport OutageReport(bool ongoing = false)
    {
        var start = DateTimeOffset.Parse("2025-03-14T13:47:00+01:00", CultureInfo.InvariantCulture);
        var end = start.AddMinutes(37);
        var intervals = Enumerable.Range(-30, 90).Select(m =>
        {
            var inWindow = m >= 0 && m < 37;
            return new IntervalPoint(start.AddMinutes(m), 1000, inWindow ? 600 : 1, 400, null, 1000);
        }).ToList();
        var incident = new Incident
        {
            Id = 1,
            Kinds = ["errors"],
            Start = start,
            End = ongoing ? null : end,
            Ongoing = ongoing,
            Detected = start.AddMinutes(4),
            DurationMinutes = 37,
            Impact = new IncidentImpact
            {
                Requests = 37000, RequestsFailed = 22200, RequestsFailedPct = 60, ClientsActive = 9000, ClientsAffected = 6000,
                ClientsAffectedPct = 66.667, PeakErrorRatePct = 64.2, PeakAt = start.AddMinutes(10), RequestsExpected = 37000, TrafficRatio = 1,
                TopFailingEndpoints = [new CountedItem("/api/cart", 9000)],
                TopErrorMessages = [new CountedItem("upstream timed out (110: Connection timed out)", 8000)],
            },
            Events =
            [
                new(start.AddMinutes(-5), EvidenceEventKind.SuspectedTrigger, "Deploy shop-api v2.32.0 by chen: new pool (suspected trigger: shortly before the start)", "deploys.csv"),
                new(start, EvidenceEventKind.Start, "Impact begins: server errors rise above the baseline", "analysis"),
                new(start.AddMinutes(4), EvidenceEventKind.Alert, "Alert HighErrorRate (critical) fired: 5xx high", "alerts.jsonl", start.AddMinutes(39)),
                new(start.AddMinutes(34), EvidenceEventKind.Mitigation, "Deploy shop-api v2.31.4 by gus: Rollback to v2.31.4 (mitigation)", "deploys.csv"),
                new(end, EvidenceEventKind.Recovery, "Traffic and error rate back to normal", "analysis"),
            ],
        };
        return new EvidenceReport
        {
            Offset = TimeSpan.FromHours(1),
            Incidents = [incident],
            Intervals = intervals,
            DataStart = start.AddMinutes(-30),
            DataEnd = start.AddMinutes(59),
            Totals = new EvidenceTotals(90000, 22230, 20000, 6000, 0, 0, 3),
        };
    }

    [Fact]
    public void Front_matter_carries_the_computed_window_and_impact()
    {
        var draft = DraftWriter.Write(OutageReport());
        Assert.StartsWith("---\n", draft);
        Assert.Contains("status: draft\n", draft);
        Assert.Contains("started: 2025-03-14T13:47:00+01:00\n", draft);
        Assert.Contains("detected: 2025-03-14T13:51:00+01:00\n", draft);
        Assert.Contains("ended: 2025-03-14T14:24:00+01:00\n", draft);
        Assert.Contains("timezone: UTC+01:00\n", draft);
        Assert.Contains("  users_affected_pct: 66.7\n", draft);
        Assert.Contains("  requests_failed_pct: 60\n", draft);
    }

    [Fact]
    public void Summary_states_duration_times_with_timezone_and_percentages()
    {
        var draft = DraftWriter.Write(OutageReport());
        Assert.Contains("**Duration:** 37 minutes, from 2025-03-14 13:47 UTC+01:00 to 14:24 UTC+01:00.", draft);
        Assert.Contains("60% of requests failed with server errors (22,200 of 37,000)", draft);
        Assert.Contains("66.7% of the 9,000 clients active", draft);
    }

    [Fact]
    public void Timeline_entries_are_time_zone_dash_text_in_order()
    {
        var draft = DraftWriter.Write(OutageReport());
        var entries = draft.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains(" UTC+01:00 - ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["- 13:42 UTC+01:00 - Deploy shop-api v2.32.0 by chen: new pool (suspected trigger).",
                      "- 13:47 UTC+01:00 - Impact begins: server errors rise above the baseline.",
                      "- 13:51 UTC+01:00 - Monitoring detected the issue: Alert HighErrorRate (critical) fired: 5xx high.",
                      "- 14:21 UTC+01:00 - Deploy shop-api v2.31.4 by gus: Rollback to v2.31.4 (mitigation).",
                      "- 14:24 UTC+01:00 - Service recovered: traffic and error rate back to normal."], entries);
    }

    [Fact]
    public void Todo_markers_are_only_where_a_human_must_write()
    {
        var draft = DraftWriter.Write(OutageReport());
        var todoLines = draft.Split('\n').Where(l => l.Contains("TODO", StringComparison.Ordinal)).ToList();
        // what follows a TODO marker (up to the end of its sentence) never stands in for a computed time or figure
        var todoTexts = System.Text.RegularExpressions.Regex.Matches(draft, @"TODO:[^.\n]*").Select(m => m.Value).ToList();
        Assert.All(todoTexts, t => Assert.DoesNotMatch(@"\d\d:\d\d|%", t));
        Assert.Contains(todoLines, l => l.Contains("root cause", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(todoLines, l => l.Contains("misleading", StringComparison.Ordinal));
        Assert.Contains(todoLines, l => l.Contains("escalated", StringComparison.Ordinal));
        Assert.Contains(todoLines, l => l.Contains("type: prevent", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ongoing_incident_has_no_end_and_says_so()
    {
        var draft = DraftWriter.Write(OutageReport(ongoing: true));
        Assert.DoesNotContain("ended:", draft);
        Assert.Contains("still ongoing when the evidence ends at 14:46 UTC+01:00", draft);
        Assert.Contains("at least 59 minutes", draft);
    }

    [Theory]
    [InlineData(37, "37 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(65, "1 hour and 5 minutes")]
    [InlineData(1, "1 minute")]
    [InlineData(3000, "2 days and 2 hours")]
    public void Durations_are_written_in_words(int minutes, string words) =>
        Assert.Equal(words, DraftWriter.Words(TimeSpan.FromMinutes(minutes)));
}
