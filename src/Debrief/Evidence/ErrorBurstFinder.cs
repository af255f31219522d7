// Turns error-log messages into timeline events: bursts of rare messages (a worker crash) and host events (reboots, OOM).
namespace Debrief.Evidence;

/// <summary>Finds bursts of rare error messages; routine, constantly repeated messages are not events.</summary>
public static class ErrorBurstFinder
{
    /// <summary>Occurrences closer than this (seconds) belong to one burst.</summary>
    public const int BurstGapSeconds = 60;

    /// <summary>A template seen in more bursts than this is routine, not an event.</summary>
    public const int MaxBurstsForRare = 10;

    /// <summary>Fewest messages that make a burst (one or two stray errors are not an event).</summary>
    public const int MinMessages = 3;

    /// <summary>The burst events, one per cluster of rare messages (templates merged when they burst together).</summary>
    public static List<EventRecord> Find(EvidenceAggregate aggregate, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var total = aggregate.ErrorMessages.Count;
        var bursts = new List<(long Start, int Template, int Count)>();
        foreach (var group in aggregate.ErrorMessages.GroupBy(m => m.Template))
        {
            var times = group.Select(m => m.UnixSeconds).Order().ToList();
            var clusters = new List<(long Start, long Last, int Count)>();
            foreach (var t in times)
            {
                if (clusters.Count > 0 && t - clusters[^1].Last <= BurstGapSeconds)
                    clusters[^1] = (clusters[^1].Start, t, clusters[^1].Count + 1);
                else
                    clusters.Add((t, t, 1));
            }
            var rare = clusters.Count <= MaxBurstsForRare && (total < 50 || times.Count <= 0.1 * total);
            if (!rare)
                continue;
            foreach (var c in clusters)
                bursts.Add((c.Start, group.Key, c.Count));
        }
        var events = new List<EventRecord>();
        foreach (var cluster in MergeByTime(bursts.OrderBy(b => b.Start).ToList()))
        {
            var parts = cluster.GroupBy(b => b.Template)
                .Select(g => (Count: g.Sum(b => b.Count), Sample: aggregate.Templates[g.Key].Sample))
                .OrderByDescending(p => p.Count).Take(3)
                .Select(p => $"{p.Count}x \"{Shorten(p.Sample, 80)}\"");
            var n = cluster.Sum(b => b.Count);
            if (n < MinMessages)
                continue;
            var time = DateTimeOffset.FromUnixTimeSeconds(cluster[0].Start).ToOffset(offset);
            events.Add(new EventRecord(time, EvidenceEventKind.ErrorBurst, $"Burst of {n} error-log messages: {string.Join("; ", parts)}", "error log"));
        }
        return events;
    }

    private static IEnumerable<List<(long Start, int Template, int Count)>> MergeByTime(List<(long Start, int Template, int Count)> bursts)
    {
        var current = new List<(long Start, int Template, int Count)>();
        foreach (var b in bursts)
        {
            if (current.Count > 0 && b.Start - current[^1].Start > BurstGapSeconds)
            {
                yield return current;
                current = [];
            }
            current.Add(b);
        }
        if (current.Count > 0)
            yield return current;
    }

    /// <summary>Cuts text to a length with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : text[..(max - 3)] + "...";
    }
}
