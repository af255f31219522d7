// Counts malformed lines by reason and keeps the first few samples of each, with their file and line number.
namespace Debrief.Evidence;

/// <summary>A malformed line kept as an example.</summary>
public sealed record MalformedSample(string Input, long Line, string Text);

/// <summary>Malformed lines of one reason.</summary>
public sealed record MalformedReason(string Reason, long Count, IReadOnlyList<MalformedSample> Samples);

/// <summary>Counts malformed lines per reason, keeping the first samples.</summary>
public sealed class MalformedTally
{
    /// <summary>Samples kept per reason.</summary>
    public const int SamplesPerReason = 3;

    private readonly Dictionary<string, (long Count, List<MalformedSample> Samples)> _reasons = new(StringComparer.Ordinal);

    /// <summary>All malformed lines.</summary>
    public long Total { get; private set; }

    /// <summary>Counts one malformed line.</summary>
    public void Add(string reason, string input, long line, string text)
    {
        Total++;
        if (!_reasons.TryGetValue(reason, out var entry))
            entry = (0, []);
        if (entry.Samples.Count < SamplesPerReason)
            entry.Samples.Add(new MalformedSample(input, line, Printable(text)));
        _reasons[reason] = (entry.Count + 1, entry.Samples);
    }

    /// <summary>Counts one malformed line given as bytes (decoded as lenient UTF-8; only its beginning is kept).</summary>
    public void Add(string reason, string input, long line, ReadOnlySpan<byte> text) => Add(reason, input, line, SampleText(text));

    /// <summary>The text of a line's first bytes, enough for a sample: <see cref="Printable"/> of it equals that of the whole line.</summary>
    public static string SampleText(ReadOnlySpan<byte> line) =>
        // 200 UTF-16 chars never take more than 4 bytes each (and a cut character at the end falls past them)
        Scanning.RequestLine.Decode(line.Length > SampleBytes ? line[..SampleBytes] : line);

    private const int SampleBytes = 1024;

    /// <summary>Adds a tally that came after this one (the next chunk of a file): its samples follow this tally's.</summary>
    public void Merge(MalformedTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var r in other.Reasons)
        {
            Total += r.Count;
            if (!_reasons.TryGetValue(r.Reason, out var entry))
                entry = (0, []);
            var samples = entry.Samples.Concat(r.Samples).Take(SamplesPerReason).ToList();
            _reasons[r.Reason] = (entry.Count + r.Count, samples);
        }
    }

    /// <summary>A copy with samples renamed to <paramref name="input"/> and their line numbers moved by <paramref name="lineOffset"/>.</summary>
    public MalformedTally Shifted(string input, long lineOffset)
    {
        var copy = new MalformedTally { Total = Total };
        foreach (var (reason, (count, samples)) in _reasons)
            copy._reasons[reason] = (count, samples.Select(s => s with { Input = input, Line = s.Line + lineOffset }).ToList());
        return copy;
    }

    /// <summary>The reasons, most frequent first.</summary>
    public IReadOnlyList<MalformedReason> Reasons =>
        _reasons.Select(kv => new MalformedReason(kv.Key, kv.Value.Count, kv.Value.Samples))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal).ToList();

    /// <summary>Shortens a line and replaces control characters so a sample prints safely.</summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Length > 200 ? text[..200] + "..." : text;
        return string.Create(t.Length, t, (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
                span[i] = char.IsControl(s[i]) ? '?' : s[i];
        });
    }
}
