// Postmortem records built directly (no parser), so the renderers are tested on exactly the facts they are given.
using Debrief.Model;
using Debrief.Parsing;

namespace Debrief.Tests.Rendering;

public static class Samples
{
    public static readonly TimeSpan Utc = TimeSpan.Zero;

    public static SourceSpan Line(int line) => new(line, 1, 0, 0);

    public static TimelineEntry Entry(DateTimeOffset time, TimelineEntryKind kind, string text, int line = 0) =>
        new(time.ToString("HH:mm"), PlacedTime.Dated(time, time.ToString("HH:mm"), Line(line)), text, kind, Line(line)) { Group = 0 };

    /// <summary>The document with its chronology derived from the times it was given (as the parser would).</summary>
    public static Postmortem Placed(this Postmortem postmortem) => postmortem with { Times = ChronologyBuilder.Build(postmortem) };

    /// <summary>An incident at 2024-06-20 14:00 UTC lasting <paramref name="duration"/>, with <paramref name="events"/> evenly spread entries.</summary>
    public static Postmortem Incident(TimeSpan duration, int events, string title = "Nginx outage", TimeSpan? offset = null, string tz = "UTC")
    {
        var start = new DateTimeOffset(2024, 6, 20, 14, 0, 0, offset ?? Utc);
        var end = start + duration;
        var kinds = new[]
        {
            TimelineEntryKind.Detection, TimelineEntryKind.Action, TimelineEntryKind.MisleadingPath, TimelineEntryKind.Escalation,
            TimelineEntryKind.Action, TimelineEntryKind.Mitigation, TimelineEntryKind.Action,
        };
        var entries = new List<TimelineEntry>();
        for (var i = 0; i < events; i++)
        {
            var at = events == 1 ? start : start + duration * i / (events - 1);
            var kind = i == events - 1 && events > 1 ? TimelineEntryKind.Resolution : kinds[i % kinds.Length];
            entries.Add(Entry(at, kind, $"Step {i + 1}: engineers checked the load balancer pool and restarted worker {i}", 10 + i));
        }
        return new Postmortem
        {
            Source = "# " + title + "\n",
            Title = title,
            Summary = new SummaryFacts
            {
                Start = new Fact<PlacedTime>(PlacedTime.Dated(start, "start", Line(3)), "start", Line(3)),
                End = new Fact<PlacedTime>(PlacedTime.Dated(end, "end", Line(3)), "end", Line(3)),
                Timezone = new Fact<string>(tz, tz, Line(3)),
                AffectedPercentage = new Fact<double>(75, "75%", Line(4)),
                Impact = new Fact<string>("Web pages returned **502** errors for 75% of users", "", Line(4)),
                RootCause = new Fact<string>("A bad `worker_connections` value exhausted file descriptors.", "", Line(5)),
            },
            Timeline = entries,
        }.Placed();
    }

    /// <summary>Fixtures/render/checkout-outage.md with the facts a parser would find in it.</summary>
    public static Postmortem Checkout()
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "render", "checkout-outage.md"));
        DateTimeOffset At(int h, int m) => new(2024, 6, 20, h, m, 0, TimeSpan.Zero);
        return (Incident(TimeSpan.FromMinutes(150), 0, title: "Checkout API outage: connection pool exhausted") with
        {
            Source = source,
            Timeline =
            [
                Entry(At(13, 55), TimelineEntryKind.Trigger, "Config change deployed with the new pool size.", 13),
                Entry(At(14, 0), TimelineEntryKind.Detection, "Monitoring alert: checkout error rate above 5%.", 14),
                Entry(At(14, 10), TimelineEntryKind.MisleadingPath, "On-call engineer suspected a DDoS and checked the WAF logs; nothing unusual.", 15),
                Entry(At(14, 40), TimelineEntryKind.Escalation, "Escalated to the database team.", 16),
                Entry(At(15, 15), TimelineEntryKind.Mitigation, "Rolled back the configuration change; errors dropped by half.", 17),
                Entry(At(16, 30), TimelineEntryKind.Resolution, "Error rate back to baseline; incident closed.", 18),
            ],
            ActionItems =
            [
                new ActionItem("Add an alert on connection pool saturation", "@dana", new DateOnly(2024, 7, 1), "detect", null, false, Line(36)),
                new ActionItem("Separate staging and production config files", "@lee", new DateOnly(2024, 6, 25), "prevent", null, true, Line(37)),
                new ActionItem("Load-test checkout with the production pool size", "@sam", null, null, null, false, Line(38)),
            ],
            FrontMatter = new FrontMatter { Severity = "SEV2", Status = "published" },
        }).Placed();
    }
}
