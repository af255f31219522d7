// Durations as written: "2 hours and 15 minutes", "30 mins", "1h30m", "an hour", "half an hour", "1.5 hours", "90-minute".
using System.Text.RegularExpressions;

namespace Debrief.Parsing;

/// <summary>A duration found in a text.</summary>
public sealed record DurationMatch(int Index, int Length, string Text, TimeSpan Duration);

/// <summary>Parses and finds durations.</summary>
public static partial class Durations
{
    private const string Unit =
        @"(?<unit>days?|hours?|hrs?|(?-i:h)|minutes?|mins?|(?-i:m)|seconds?|secs?|(?-i:s))";

    private const string WordUnit =
        @"(?<unit>days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)";

    // A one-letter unit only right after digits ("1h30m", "45 s"): "a m" in "8:00 AM", "a s" in "as" and the
    // "M" of "3.7M requests" are not durations.
    private const string Part = @"(?:(?<n>[0-9]+(?:[.,][0-9]+)?)[\s-]*" + Unit + @"|(?<n>" + NumberWords.Pattern + @")[\s-]+" + WordUnit + @")(?![a-z])";

    /// <summary>Parses a whole duration expression.</summary>
    public static ParseResult<TimeSpan> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().TrimEnd('.', ',', ';');
        var m = FindAll(t).FirstOrDefault();
        if (m is null || m.Index != 0 || m.Length != t.Length)
            return ParseResult<TimeSpan>.Fail($"not a duration: '{text}'");
        return ParseResult<TimeSpan>.Ok(m.Duration);
    }

    /// <summary>Every duration in a text, in order.</summary>
    public static IEnumerable<DurationMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in DurationRegex().Matches(text))
        {
            var total = TimeSpan.Zero;
            var ok = true;
            foreach (Match p in PartRegex().Matches(m.Value))
            {
                var n = NumberWords.Value(p.Groups["n"].Value);
                // Past a million of any unit it is no outage length (and days would overflow TimeSpan).
                if (n is not { } value || !double.IsFinite(value) || value > 1_000_000) { ok = false; break; }
                total += Scale(p.Groups["unit"].Value, n.Value);
            }
            if (!ok || total <= TimeSpan.Zero) continue;
            // "and a half" after the last unit
            if (Regex.IsMatch(m.Value, @"and\s+a\s+half\s*$", RegexOptions.IgnoreCase))
            {
                var last = PartRegex().Matches(m.Value)[^1];
                total += Scale(last.Groups["unit"].Value, 0.5);
            }
            if (total > TimeSpan.FromDays(60)) continue;
            yield return new DurationMatch(m.Index, m.Length, m.Value, total);
        }
    }

    private static TimeSpan Scale(string unit, double n)
    {
        var u = unit.ToLowerInvariant();
        if (u.StartsWith('d')) return TimeSpan.FromDays(n);
        if (u.StartsWith('h')) return TimeSpan.FromHours(n);
        if (u.StartsWith('s')) return TimeSpan.FromSeconds(n);
        return TimeSpan.FromMinutes(n);
    }

    [GeneratedRegex(@"(?<![\w.:])" + Part + @"(?:(?:\s*,\s*|\s+and\s+|\s*)" + Part + @")*(?:\s+and\s+a\s+half)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();

    [GeneratedRegex(Part, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartRegex();
}
