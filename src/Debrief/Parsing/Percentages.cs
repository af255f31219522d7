// Shares of users as written: "30%", "30 percent", "a third of", "half of", "all users", "every customer".
using System.Globalization;
using System.Text.RegularExpressions;

namespace Debrief.Parsing;

/// <summary>A percentage found in a text, 0-100.</summary>
public sealed record PercentageMatch(int Index, int Length, string Text, double Percent);

/// <summary>Parses and finds percentages, numeric or in words.</summary>
public static partial class Percentages
{
    private static readonly Dictionary<string, double> Fractions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 50, ["a half"] = 50, ["one half"] = 50, ["a third"] = 100.0 / 3, ["one third"] = 100.0 / 3,
        ["two thirds"] = 200.0 / 3, ["two-thirds"] = 200.0 / 3, ["a quarter"] = 25, ["one quarter"] = 25,
        ["three quarters"] = 75, ["three-quarters"] = 75, ["a fifth"] = 20, ["one fifth"] = 20, ["a tenth"] = 10,
        ["one tenth"] = 10, ["all"] = 100, ["all of the"] = 100, ["all the"] = 100, ["every"] = 100, ["each"] = 100,
        ["entire"] = 100, ["the entire"] = 100, ["the whole"] = 100, ["none of the"] = 0, ["no"] = 0,
    };

    /// <summary>Parses a whole percentage expression ("30%", "a third of users").</summary>
    public static ParseResult<double> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().TrimEnd('.', ',', ';');
        var m = FindAll(t).FirstOrDefault();
        if (m is null || m.Index != 0 || m.Length != t.Length)
            return ParseResult<double>.Fail($"not a percentage: '{text}'");
        return ParseResult<double>.Ok(m.Percent);
    }

    /// <summary>Every percentage in a text, in order. Word forms need a population noun ("users", "customers").</summary>
    public static IEnumerable<PercentageMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PercentageMatch>();
        foreach (Match m in NumericRegex().Matches(text))
        {
            var n = double.Parse(m.Groups["n"].Value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
            if (n is < 0 or > 100) continue;
            found.Add(new PercentageMatch(m.Index, m.Length, m.Value, n));
        }
        foreach (Match m in RatioRegex().Matches(text))
        {
            var a = NumberWords.Value(m.Groups["a"].Value);
            var b = NumberWords.Value(m.Groups["b"].Value);
            if (a is null || b is null || b == 0 || a > b) continue;
            found.Add(new PercentageMatch(m.Index, m.Length, m.Value, 100 * a.Value / b.Value));
        }
        foreach (Match m in WordRegex().Matches(text))
        {
            if (found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length)) continue;
            var key = Regex.Replace(m.Groups["f"].Value.Trim(), @"\s+", " ");
            if (Fractions.TryGetValue(key, out var pct))
                found.Add(new PercentageMatch(m.Index, m.Length, m.Value, pct));
        }
        return found.OrderBy(f => f.Index);
    }

    [GeneratedRegex(@"(?<![\w.])(?<n>[0-9]{1,3}(?:[.,][0-9]+)?)\s*(?:%|percent\b|per\s+cent\b|pct\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumericRegex();

    [GeneratedRegex(@"(?<![\w])(?<a>[0-9]+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?(?<b>[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)(?![\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatioRegex();

    [GeneratedRegex(@"(?<![\w])(?<f>half|a\s+half|one\s+half|a\s+third|one\s+third|two[\s-]thirds|a\s+quarter|one\s+quarter|three[\s-]quarters|a\s+fifth|one\s+fifth|a\s+tenth|one\s+tenth|all\s+of\s+the|all\s+the|all|every|each|the\s+entire|entire|the\s+whole|none\s+of\s+the|no)(?:\s+of)?(?:\s+(?:the|our|its|their))?(?:\s+(?:\w+|\w+-\w+)){0,2}?\s+(?:users?|customers?|clients?|visitors?|subscribers?|requests?|traffic|user\s+base|userbase|members?|accounts?|people|students?|merchants?|developers?|sites?|websites?|tenants?)(?![\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
