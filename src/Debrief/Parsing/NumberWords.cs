// Small numbers written as words ("two", "forty-five", "a", "half") for durations and percentages.
using System.Globalization;

namespace Debrief.Parsing;

/// <summary>Reads numbers written as digits or English words.</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, double> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["a couple of"] = 2,
        ["couple of"] = 2, ["a few"] = 3, ["several"] = 3, ["half a"] = 0.5, ["half an"] = 0.5,
    };

    /// <summary>The regex alternative matching a number in digits or words.</summary>
    public const string Pattern =
        @"(?:[0-9]+(?:[.,][0-9]+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?" +
        @"|a\s+couple\s+of|couple\s+of|a\s+few|several|half\s+an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve" +
        @"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)";

    /// <summary>The value of a number matched by <see cref="Pattern"/>, or null.</summary>
    public static double? Value(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = string.Join(' ', text.Trim().Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        if (double.TryParse(t.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        if (Units.TryGetValue(t, out var u)) return u;
        var parts = t.Split(['-', ' '], 2);
        if (parts.Length == 2 && Units.TryGetValue(parts[0], out var tens) && Units.TryGetValue(parts[1], out var ones)) return tens + ones;
        return null;
    }
}
