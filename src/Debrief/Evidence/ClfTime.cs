// The access-log time "14/Mar/2025:13:47:02 +0100" (nginx $time_local, Apache %t), parsed from chars or bytes.
namespace Debrief.Evidence;

/// <summary>Parses the Common Log Format time stamp.</summary>
public static class ClfTime
{
    /// <summary>Parses "dd/Mon/yyyy:HH:mm:ss +hhmm" (brackets allowed).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset time)
    {
        time = default;
        s = s.Trim().Trim('[').Trim(']');
        if (s.Length < 26 || s[2] != '/' || s[6] != '/' || s[11] != ':' || s[14] != ':' || s[17] != ':' || s[20] != ' ')
            return false;
        if (!Two(s, 0, out var day) || !Two(s, 12, out var hour) || !Two(s, 15, out var minute) || !Two(s, 18, out var second)
            || !Two(s, 7, out var y1) || !Two(s, 9, out var y2))
            return false;
        var month = TimeText.Month(s.Slice(3, 3));
        var zone = s.Slice(21);
        if (month == 0 || zone.Length != 5 || (zone[0] != '+' && zone[0] != '-')
            || !Two(zone, 1, out var zh) || !Two(zone, 3, out var zm))
            return false;
        var year = y1 * 100 + y2;
        if (day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || hour > 23 || minute > 59 || second > 60 || zh > 14 || zm > 59 || year < 1)
            return false;
        var offset = TimeSpan.FromMinutes((zone[0] == '-' ? -1 : 1) * (zh * 60 + zm));
        time = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset);
        return true;
    }

    private static bool Two(ReadOnlySpan<char> s, int at, out int value)
    {
        value = 0;
        if (!char.IsAsciiDigit(s[at]) || !char.IsAsciiDigit(s[at + 1]))
            return false;
        value = (s[at] - '0') * 10 + (s[at + 1] - '0');
        return true;
    }
}
