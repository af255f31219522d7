// Postmortem records built directly (no parser), so the renderers are tested on exactly the facts they are given.
using Debrief.Model;

namespace Debrief.Tests.Rendering;

public static class Samples
{
    public static readonly TimeSpan Utc = TimeSpan.Zero;

    public static SourceSpan Line(int line) => new(line, 1, 0, 0);

    public static TimelineEntry Entry(DateTimeOffset time, TimelineEntryKind kind, string text, int line = 0) =>
        new(time.ToString("HH:mm"), time.DateTime, time, true, text, kind, Line(line));

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
                Start = new Fact<DateTimeOffset>(start, "start", Line(3)),
                End = new Fact<DateTimeOffset>(end, "end", Line(3)),
                Timezone = new Fact<string>(tz, tz, Line(3)),
                AffectedPercentage = new Fact<double>(75, "75%", Line(4)),
                Impact = new Fact<string>("Web pages returned **502** errors for 75% of users", "", Line(4)),
                RootCause = new Fact<string>("A bad `worker_connections` value exhausted file descriptors.", "", Line(5)),
            },
            Timeline = entries,
        };
    }
}
