// Writes the brief-profile postmortem draft from an evidence report: front matter, computed summary and timeline, TODOs for humans.
using System.Globalization;
using System.Text;

namespace Debrief.Evidence;

/// <summary>Options of the draft.</summary>
public sealed record DraftOptions
{
    /// <summary>The incident to write about (1-based id); null picks the one with the largest impact.</summary>
    public int? Incident { get; init; }
    /// <summary>Relative path of the impact chart image to embed, or null.</summary>
    public string? ChartPath { get; init; }
    /// <summary>Most timeline entries taken from the evidence.</summary>
    public int MaxTimelineEntries { get; init; } = 14;
}

/// <summary>Turns an evidence report into a Markdown draft (Debrief format, brief profile).</summary>
public static class DraftWriter
{
    /// <summary>The incident a draft is about: the requested one, else the one that lost the most requests.</summary>
    public static Incident? Choose(EvidenceReport report, int? id)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (id is int n)
            return report.Incidents.FirstOrDefault(i => i.Id == n);
        return report.Incidents.OrderByDescending(Lost).ThenBy(i => i.Start).FirstOrDefault();
    }

    /// <summary>Requests that failed or never arrived.</summary>
    private static double Lost(Incident i) =>
        i.Impact.RequestsFailed + Math.Max(0, i.Impact.RequestsExpected - i.Impact.Requests) * (i.Kinds.Contains("traffic_collapse") ? 1 : 0);

    /// <summary>Share of requests that failed, counting requests lost to a traffic collapse as failed, 0-100.</summary>
    public static double RequestsFailedPct(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var m = incident.Impact;
        if (incident.Kinds.Contains("traffic_collapse") && m.RequestsExpected > m.Requests)
            return Math.Clamp(100 * (m.RequestsFailed + m.RequestsExpected - m.Requests) / m.RequestsExpected, 0, 100);
        return Math.Clamp(m.RequestsFailedPct ?? 0, 0, 100);
    }

    /// <summary>Share of users affected, 0-100: clients that saw an error, or for a collapse the share of expected traffic lost.</summary>
    public static double UsersAffectedPct(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var m = incident.Impact;
        var errorsPct = m.ClientsAffectedPct ?? 0;
        if (incident.Kinds.Contains("traffic_collapse") && m.TrafficRatio is { } r)
            return Math.Clamp(Math.Max(errorsPct, 100 * (1 - r)), 0, 100);
        return Math.Clamp(errorsPct, 0, 100);
    }

    /// <summary>The draft as Markdown text (front matter first).</summary>
    public static string Write(EvidenceReport report, DraftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var o = options ?? new DraftOptions();
        var incident = Choose(report, o.Incident) ?? throw new ArgumentException("the report has no such incident", nameof(options));
        var zone = TimeText.ZoneLabel(incident.Start.Offset);
        var m = incident.Impact;
        var failedPct = Round1(RequestsFailedPct(incident));
        var usersPct = Round1(UsersAffectedPct(incident));
        var end = incident.End;
        var dataEnd = report.DataEnd ?? incident.Start;
        var duration = (end ?? dataEnd) - incident.Start;
        var what = Symptom(incident);
        var title = $"{Capitalise(what)} for {(incident.Ongoing ? "at least " : "")}{Words(duration)} on {incident.Start:yyyy-MM-dd}";
        var impactSummary = ImpactSentence(incident, failedPct, usersPct, zone);

        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append(CultureInfo.InvariantCulture, $"title: {Quote(title)}\n");
        sb.Append("status: draft\n");
        sb.Append(CultureInfo.InvariantCulture, $"started: {TimeText.Iso(incident.Start)}\n");
        if (incident.Detected is { } detected)
            sb.Append(CultureInfo.InvariantCulture, $"detected: {TimeText.Iso(detected)}\n");
        if (end is { } e)
            sb.Append(CultureInfo.InvariantCulture, $"ended: {TimeText.Iso(e)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"timezone: {zone}\n");
        sb.Append("impact:\n");
        sb.Append(CultureInfo.InvariantCulture, $"  users_affected_pct: {Num(usersPct)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  requests_failed_pct: {Num(failedPct)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  summary: {Quote(impactSummary)}\n");
        if (o.ChartPath is not null)
            sb.Append(CultureInfo.InvariantCulture, $"image: {Quote(o.ChartPath)}\n");
        sb.Append("---\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"# {title}\n\n");

        sb.Append("## Issue Summary\n\n");
        var from = Stamp(incident.Start, zone, withDate: true);
        if (end is { } e2)
            sb.Append(CultureInfo.InvariantCulture, $"**Duration:** {Words(duration)}, from {from} to {Stamp(e2, zone, withDate: e2.Date != incident.Start.Date)}.\n\n");
        else
            sb.Append(CultureInfo.InvariantCulture, $"**Duration:** at least {Words(duration)}, from {from}; the outage was still ongoing when the evidence ends at {Stamp(dataEnd, zone, withDate: dataEnd.Date != incident.Start.Date)}.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"**Impact:** {impactSummary}");
        if (m.TopFailingEndpoints.Count > 0)
            sb.Append(CultureInfo.InvariantCulture, $" The most affected endpoints were {string.Join(", ", m.TopFailingEndpoints.Take(3).Select(p => $"`{p.Name}`"))}.");
        sb.Append(" TODO: name the service and say what users experienced.\n\n");
        var trigger = incident.Events.FirstOrDefault(ev => ev.Kind == EvidenceEventKind.SuspectedTrigger);
        sb.Append("**Root cause:** TODO: the root cause in one sentence.");
        if (trigger is not null)
            sb.Append(CultureInfo.InvariantCulture, $" The evidence shows a change shortly before the start ({Stamp(trigger.Time, zone, false)}): {Sentence(StripTriggerNote(trigger.Text))}");
        sb.Append("\n\n");
        if (o.ChartPath is not null)
            sb.Append(CultureInfo.InvariantCulture, $"![Requests and server errors per minute with the incident shaded]({o.ChartPath})\n\n");

        sb.Append("## Timeline\n\n");
        var entries = TimelineEvents(incident, o.MaxTimelineEntries);
        var multiDay = entries.Select(ev => ev.Time.Date).Distinct().Count() > 1;
        foreach (var ev in entries)
            sb.Append(CultureInfo.InvariantCulture, $"- {Stamp(ev.Time, zone, multiDay)} - {EntryText(ev)}\n");
        sb.Append("\nTODO: add what the responders did: who was paged or escalated to and when, what was investigated first, ");
        sb.Append("which leads turned out to be misleading, and how the fix was chosen.\n\n");

        sb.Append("## Root Cause and Resolution\n\n");
        sb.Append("TODO: explain in detail what caused the outage and how it was fixed.");
        var hints = new List<string>();
        if (trigger is not null)
            hints.Add($"suspected trigger: {StripTriggerNote(trigger.Text)}");
        var mitigation = incident.Events.FirstOrDefault(ev => ev.Kind == EvidenceEventKind.Mitigation);
        if (mitigation is not null)
            hints.Add($"mitigation at {Stamp(mitigation.Time, zone, false)}: {mitigation.Text.Replace(" (mitigation)", "", StringComparison.Ordinal)}");
        if (m.TopErrorMessages.Count > 0)
            hints.Add("most frequent error-log messages: " + string.Join("; ", m.TopErrorMessages.Take(3).Select(t => $"\"{ErrorBurstFinder.Shorten(t.Name, 90)}\" ({t.Count:N0})")));
        if (hints.Count > 0)
        {
            sb.Append(" Evidence to start from:\n\n");
            foreach (var h in hints)
                sb.Append("- ").Append(h.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
        }
        else
            sb.Append('\n');
        sb.Append("\n## Corrective and Preventative Measures\n\n");
        sb.Append("TODO: what can be improved broadly, then specific tasks with an owner and a due date.\n\n");
        sb.Append("- [ ] TODO: a specific preventive task (owner: @name, due: YYYY-MM-DD, type: prevent)\n");
        sb.Append("- [ ] TODO: a specific detection task (owner: @name, due: YYYY-MM-DD, type: detect)\n");
        if (report.Incidents.Count > 1)
        {
            sb.Append("\n## Supporting Information\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"The evidence shows {report.Incidents.Count} incidents; this draft covers incident {incident.Id}. Others:\n\n");
            foreach (var other in report.Incidents.Where(i => i.Id != incident.Id))
                sb.Append(CultureInfo.InvariantCulture, $"- Incident {other.Id}: {Symptom(other)} from {Stamp(other.Start, zone, true)}{(other.End is { } oe ? $" to {Stamp(oe, zone, oe.Date != other.Start.Date)}" : ", ongoing at the end of the data")}.\n");
        }
        return sb.ToString();
    }

    private static List<EventRecord> TimelineEvents(Incident incident, int max)
    {
        // the first error coincides with the start; chat and error bursts are capped so the timeline stays short
        var picked = new List<EventRecord>();
        foreach (var e in incident.Events)
        {
            if (e.Kind == EvidenceEventKind.FirstError)
                continue;
            if (picked.Count(p => p.Kind == EvidenceEventKind.Chat) >= 6 && e.Kind == EvidenceEventKind.Chat)
                continue;
            if (picked.Count(p => p.Kind == EvidenceEventKind.ErrorBurst) >= 3 && e.Kind == EvidenceEventKind.ErrorBurst)
                continue;
            picked.Add(e);
        }
        if (picked.Count > max)
        {
            var essential = new[] { EvidenceEventKind.Start, EvidenceEventKind.SuspectedTrigger, EvidenceEventKind.Alert, EvidenceEventKind.Mitigation, EvidenceEventKind.Recovery, EvidenceEventKind.Peak };
            var must = picked.Where(e => essential.Contains(e.Kind)).ToList();
            var rest = picked.Except(must).Take(Math.Max(0, max - must.Count));
            picked = must.Concat(rest).OrderBy(e => e.Time).ToList();
        }
        return picked.OrderBy(e => e.Time).ToList();
    }

    private static string EntryText(EventRecord e)
    {
        var text = e.Kind switch
        {
            EvidenceEventKind.Alert => $"Monitoring detected the issue: {e.Text}",
            EvidenceEventKind.SuspectedTrigger => StripTriggerNote(e.Text) + " (suspected trigger)",
            EvidenceEventKind.Start => e.Text,
            EvidenceEventKind.Recovery when e.Source == "analysis" => "Service recovered: traffic and error rate back to normal",
            _ => e.Text,
        };
        text = text.Replace("\n", " ", StringComparison.Ordinal).Trim();
        text = ErrorBurstFinder.Shorten(text, 200);
        return Sentence(text);
    }

    private static string StripTriggerNote(string text) =>
        text.Replace(" (suspected trigger: shortly before the start)", "", StringComparison.Ordinal);

    private static string Symptom(Incident i)
    {
        if (i.Kinds.Contains("traffic_collapse"))
            return i.Impact.Requests == 0 || i.Impact.TrafficRatio < 0.02 ? "site stopped answering" : "traffic collapse";
        if (i.Kinds.Contains("errors"))
            return "server errors";
        return "slow responses";
    }

    private static string ImpactSentence(Incident incident, double failedPct, double usersPct, string zone)
    {
        var m = incident.Impact;
        var parts = new List<string>();
        if (incident.Kinds.Contains("traffic_collapse") && m.TrafficRatio is { } ratio)
        {
            parts.Add($"Traffic fell to {ReportBuilder.Pct(Round1(100 * ratio))} of the expected level ({m.Requests:N0} requests instead of about {m.RequestsExpected:N0}), so about {ReportBuilder.Pct(failedPct)} of requests were lost or failed");
            if (m.ClientsAffectedPct is { } c && m.RequestsFailed > 0)
                parts.Add($"{ReportBuilder.Pct(Round1(c))} of the {m.ClientsActive:N0} clients that did get through saw at least one server error");
        }
        else
        {
            parts.Add($"{ReportBuilder.Pct(failedPct)} of requests failed with server errors ({m.RequestsFailed:N0} of {m.Requests:N0})");
            parts.Add($"{ReportBuilder.Pct(usersPct)} of the {m.ClientsActive:N0} clients active during the outage saw at least one error");
        }
        if (m.PeakErrorRatePct > 0 && m.PeakAt is { } peak)
            parts.Add($"the error rate peaked at {ReportBuilder.Pct(Round1(m.PeakErrorRatePct))} at {Stamp(peak, zone, false)}");
        if (incident.Kinds.Contains("latency") && m.LatencyP95Seconds is { } p95 && m.BaselineLatencyP95Seconds is { } bp)
            parts.Add($"95th-percentile response time rose from {Seconds(bp)} to {Seconds(p95)}");
        return string.Join("; ", parts) + ".";
    }

    private static string Seconds(double s) => s >= 1 ? s.ToString("0.#", CultureInfo.InvariantCulture) + " s" : (s * 1000).ToString("0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>"13:47 UTC+01:00" or "2025-03-14 13:47 UTC+01:00".</summary>
    public static string Stamp(DateTimeOffset t, string zone, bool withDate) =>
        (withDate ? t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : t.ToString("HH:mm", CultureInfo.InvariantCulture)) + " " + zone;

    /// <summary>"37 minutes", "1 hour and 5 minutes", "2 days and 3 hours".</summary>
    public static string Words(TimeSpan d)
    {
        var minutes = (long)Math.Round(d.TotalMinutes);
        if (minutes < 60)
            return Plural(minutes, "minute");
        var hours = minutes / 60;
        var rest = minutes % 60;
        if (hours < 48)
            return rest == 0 ? Plural(hours, "hour") : $"{Plural(hours, "hour")} and {Plural(rest, "minute")}";
        var days = hours / 24;
        var h = hours % 24;
        return h == 0 ? Plural(days, "day") : $"{Plural(days, "day")} and {Plural(h, "hour")}";
    }

    private static string Plural(long n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";

    private static double Round1(double v) => Math.Round(v, 1);

    private static string Num(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Sentence(string s) => s.EndsWith('.') || s.EndsWith('!') || s.EndsWith('?') ? s : s + ".";

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
