// Shared time parsing and formatting: ISO 8601 with or without offset, offsets as "+02:00", month names.
using System.Globalization;

namespace Debrief.Evidence;

/// <summary>Time helpers used by readers and writers.</summary>
public static class TimeText
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>1-12 for an English three-letter month abbreviation, 0 otherwise.</summary>
    public static int Month(ReadOnlySpan<char> name)
    {
        if (name.Length < 3)
            return 0;
        for (var i = 0; i < 12; i++)
            if (name[..3].Equals(Months[i], StringComparison.OrdinalIgnoreCase))
                return i + 1;
        return 0;
    }

    /// <summary>Parses ISO 8601; times without an offset get <paramref name="defaultOffset"/>.</summary>
    public static bool TryParseIso(string text, TimeSpan defaultOffset, out DateTimeOffset time)
    {
        text = text.Trim();
        time = default;
        if (text.Length < 10 || !char.IsAsciiDigit(text[0]))
            return false;
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || HasNumericOffset(text);
        if (hasOffset)
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return false;
        time = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), defaultOffset);
        return true;
    }

    private static bool HasNumericOffset(string text)
    {
        // an offset follows the time part: ...T10:00:00+02:00, ...10:00:00 -0500
        var t = text.IndexOfAny(['T', 't', ' '], 8);
        if (t < 0)
            return false;
        var sign = text.IndexOfAny(['+', '-'], t);
        return sign > t;
    }

    /// <summary>"+02:00", "-04:00", "+00:00".</summary>
    public static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return $"{sign}{abs.Hours:00}:{abs.Minutes:00}";
    }

    /// <summary>A timezone label people read: "UTC" for +00:00, otherwise "UTC-04:00".</summary>
    public static string ZoneLabel(TimeSpan offset) => offset == TimeSpan.Zero ? "UTC" : "UTC" + Offset(offset);

    /// <summary>ISO 8601 to the second with offset: 2025-03-14T13:47:00+01:00.</summary>
    public static string Iso(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Offset(time.Offset);

    /// <summary>Parses "+0100", "+01:00", "-04", "Z", "UTC".</summary>
    public static bool TryParseOffset(string? text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        text = text.Trim();
        if (text is "Z" or "z" || text.Equals("UTC", StringComparison.OrdinalIgnoreCase) || text.Equals("GMT", StringComparison.OrdinalIgnoreCase))
            return true;
        if (text.StartsWith("UTC", StringComparison.OrdinalIgnoreCase))
            text = text[3..];
        if (text.Length < 2 || (text[0] != '+' && text[0] != '-'))
            return false;
        var sign = text[0] == '-' ? -1 : 1;
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        if (!digits.All(char.IsAsciiDigit) || digits.Length is not (2 or 4))
            return false;
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length == 4 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
            return false;
        offset = TimeSpan.FromMinutes(sign * (hours * 60 + minutes));
        return true;
    }
}
