// Everything read from the inputs, folded into per-interval buckets, error-message templates and events: the analysis input.
using System.Text.RegularExpressions;

namespace Debrief.Evidence;

/// <summary>An error-log message reduced to its template (numbers and addresses replaced), with its time.</summary>
public readonly record struct MessageOccurrence(long UnixSeconds, int OffsetMinutes, int Template, MessageSeverity Severity);

/// <summary>The folded evidence. Memory grows with the number of intervals, not lines.</summary>
public sealed partial class EvidenceAggregate
{
    /// <summary>Most distinct message templates kept; later new ones count as "(other)".</summary>
    public const int MaxTemplates = 5000;

    /// <summary>Most error-message occurrences kept with their time.</summary>
    public const int MaxOccurrences = 2_000_000;

    private readonly Dictionary<string, int> _templateIds = new(StringComparer.Ordinal);

    /// <summary>Creates an aggregate with the given interval length in seconds.</summary>
    public EvidenceAggregate(int intervalSeconds = 60)
    {
        if (intervalSeconds < 1)
            throw new ArgumentOutOfRangeException(nameof(intervalSeconds));
        IntervalSeconds = intervalSeconds;
    }

    /// <summary>Interval length in seconds.</summary>
    public int IntervalSeconds { get; }

    /// <summary>Buckets by interval index (floor of local-aligned unix seconds / interval).</summary>
    public Dictionary<long, IntervalBucket> Buckets { get; } = [];

    /// <summary>Offset used to align interval boundaries to the log's wall clock (set by the first request).</summary>
    public int? AlignOffsetMinutes { get; set; }

    /// <summary>First and last request time, unix seconds.</summary>
    public long FirstRequestSecond { get; private set; } = long.MaxValue;

    /// <summary>Last request time, unix seconds.</summary>
    public long LastRequestSecond { get; private set; } = long.MinValue;

    /// <summary>All requests.</summary>
    public long Requests { get; private set; }

    /// <summary>Templates: text, count and first sample.</summary>
    public List<(string Template, string Sample, long Count)> Templates { get; } = [];

    /// <summary>Error-level message occurrences (severity Error or worse), in input order.</summary>
    public List<MessageOccurrence> ErrorMessages { get; } = [];

    /// <summary>All messages read, any severity.</summary>
    public long Messages { get; private set; }

    /// <summary>Timeline events read from the inputs.</summary>
    public List<EventRecord> Events { get; } = [];

    /// <summary>The interval index of a time.</summary>
    public long IntervalOf(long unixSeconds) => Math.DivRem(unixSeconds + (AlignOffsetMinutes ?? 0) * 60L, IntervalSeconds, out var r) - (r < 0 ? 1 : 0);

    /// <summary>The start of an interval, unix seconds.</summary>
    public long IntervalStart(long index) => index * IntervalSeconds - (AlignOffsetMinutes ?? 0) * 60L;

    /// <summary>Adds any record.</summary>
    public void Add(LogRecord record)
    {
        switch (record)
        {
            case RequestRecord r: AddRequest(r); break;
            case MessageRecord m: AddMessage(m); break;
            case EventRecord e: Events.Add(e); break;
        }
    }

    /// <summary>Counts a request.</summary>
    public void AddRequest(RequestRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var offset = (int)r.Time.Offset.TotalMinutes;
        AlignOffsetMinutes ??= offset;
        var second = r.Time.ToUnixTimeSeconds();
        var bucket = BucketFor(IntervalOf(second));
        bucket.OffsetMinutes = offset;
        bucket.AddRequest(r.ClientHash ?? ClientHashSet.Hash(r.Client), r.Status, r.LatencySeconds, second, r.Status >= 500 ? r.Path : null);
        NoteRequestRange(second, second, 1);
    }

    /// <summary>Updates the request time range and count (also used by the fast path).</summary>
    public void NoteRequestRange(long first, long last, long count)
    {
        if (count == 0)
            return;
        FirstRequestSecond = Math.Min(FirstRequestSecond, first);
        LastRequestSecond = Math.Max(LastRequestSecond, last);
        Requests += count;
    }

    /// <summary>The bucket of an interval, created when missing.</summary>
    public IntervalBucket BucketFor(long index)
    {
        if (!Buckets.TryGetValue(index, out var b))
        {
            b = new IntervalBucket();
            Buckets[index] = b;
        }
        return b;
    }

    /// <summary>Counts a log message; errors are kept by template with their time.</summary>
    public void AddMessage(MessageRecord m)
    {
        ArgumentNullException.ThrowIfNull(m);
        Messages++;
        if (m.Severity > MessageSeverity.Error)
            return;
        var template = TemplateOf(m.Text);
        if (!_templateIds.TryGetValue(template, out var id))
        {
            if (Templates.Count >= MaxTemplates)
                template = "(other messages)";
            if (!_templateIds.TryGetValue(template, out id))
            {
                id = Templates.Count;
                _templateIds[template] = id;
                Templates.Add((template, MalformedTally.Printable(Cut(m.Text)), 0));
            }
        }
        var t = Templates[id];
        Templates[id] = (t.Template, t.Sample, t.Count + 1);
        var second = m.Time.ToUnixTimeSeconds();
        if (ErrorMessages.Count < MaxOccurrences)
            ErrorMessages.Add(new MessageOccurrence(second, (int)m.Time.Offset.TotalMinutes, id, m.Severity));
        if (Buckets.TryGetValue(IntervalOf(second), out var b))
            b.ErrorMessages++;
    }

    /// <summary>Merges a bucket computed elsewhere (a parallel chunk).</summary>
    public void MergeBucket(long index, IntervalBucket other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Buckets.TryGetValue(index, out var b))
            b.Merge(other);
        else
            Buckets[index] = other;
    }

    private static string Cut(string text)
    {
        var context = text.IndexOf(", client: ", StringComparison.Ordinal);
        return context > 0 ? text[..context] : text;
    }

    /// <summary>A message with numbers, hex ids, addresses and quoted values replaced, so repeats group together.</summary>
    public static string TemplateOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text;
        // nginx appends the request context (", client: ..., server: ..., request: ...") to every message
        var context = t.IndexOf(", client: ", StringComparison.Ordinal);
        if (context > 0)
            t = t[..context];
        t = t.Length > 300 ? t[..300] : t;
        t = Quoted().Replace(t, "\"...\"");
        t = Ipv4().Replace(t, "<ip>");
        t = HexId().Replace(t, "<id>");
        t = Number().Replace(t, "N");
        return t.Trim();
    }

    [GeneratedRegex(@"\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b")]
    private static partial Regex Ipv4();

    [GeneratedRegex(@"\b(0x)?[0-9a-fA-F]{8,}\b")]
    private static partial Regex HexId();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
