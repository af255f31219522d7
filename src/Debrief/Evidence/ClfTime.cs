// The access-log time "14/Mar/2025:13:47:02 +0100" (nginx $time_local, Apache %t): one parser on bytes, with the minute cached.
using System.Runtime.CompilerServices;
using System.Text;

namespace Debrief.Evidence;

/// <summary>Parses the Common Log Format time stamp. The byte parser is the only implementation; the char overload encodes.</summary>
public static class ClfTime
{
    /// <summary>Unix seconds of 0001-01-01T00:00:00Z, the earliest instant a <see cref="DateTimeOffset"/> holds.</summary>
    private const long MinUnixSeconds = -62135596800;

    /// <summary>Unix seconds of 9999-12-31T23:59:59Z, the latest.</summary>
    private const long MaxUnixSeconds = 253402300799;

    /// <summary>The last minute parsed ("dd/Mon/yyyy:HH:MM" + zone) and its unix seconds: logs repeat a minute thousands of times.</summary>
    public struct MinuteCache
    {
        private InlineMinute _text;
        private bool _valid;
        private long _second;
        private int _offset;

        [InlineArray(23)]
        private struct InlineMinute
        {
            private byte _b;
        }

        internal bool TryGet(ReadOnlySpan<byte> s, out long minuteSecond, out int offsetMinutes)
        {
            ReadOnlySpan<byte> cached = _text;
            if (_valid && s[..17].SequenceEqual(cached[..17]) && s[20..].SequenceEqual(cached[17..]))
            {
                minuteSecond = _second;
                offsetMinutes = _offset;
                return true;
            }
            minuteSecond = 0;
            offsetMinutes = 0;
            return false;
        }

        internal void Set(ReadOnlySpan<byte> s, long minuteSecond, int offsetMinutes)
        {
            Span<byte> text = _text;
            s[..17].CopyTo(text);
            s[20..].CopyTo(text[17..]);
            _second = minuteSecond;
            _offset = offsetMinutes;
            _valid = true;
        }
    }

    /// <summary>Parses "dd/Mon/yyyy:HH:mm:ss +hhmm" (spaces, tabs and brackets around it allowed) to unix seconds and the
    /// written offset in minutes. Second 60 (a leap second) reads as 59; offsets beyond +-14:00 and instants outside year 1-9999 UTC are rejected.</summary>
    public static bool TryParse(ReadOnlySpan<byte> s, ref MinuteCache cache, out long unixSeconds, out int offsetMinutes)
    {
        unixSeconds = 0;
        offsetMinutes = 0;
        if (s.Length != 26 || !Digit(s[0]))
            s = s.Trim(" \t"u8).Trim("[]"u8);
        if (s.Length != 26 || s[2] != '/' || s[6] != '/' || s[11] != ':' || s[14] != ':' || s[17] != ':' || s[20] != ' '
            || !Digit(s[18]) || !Digit(s[19]))
            return false;
        var sec = (s[18] - '0') * 10 + (s[19] - '0');
        if (sec > 60)
            return false;
        sec = Math.Min(sec, 59);
        if (cache.TryGet(s, out var minuteSecond, out offsetMinutes))
        {
            unixSeconds = minuteSecond + sec;
            return true;
        }
        if (!Two(s, 0, out var day) || !Two(s, 12, out var hour) || !Two(s, 15, out var minute) || !Two(s, 7, out var y1) || !Two(s, 9, out var y2))
            return false;
        var month = Month(s.Slice(3, 3));
        var zone = s[21..];
        if (month == 0 || (zone[0] != '+' && zone[0] != '-') || !Two(zone, 1, out var zh) || !Two(zone, 3, out var zm))
            return false;
        var year = y1 * 100 + y2;
        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || zh > 14 || zm > 59)
            return false;
        var offset = (zone[0] == '-' ? -1 : 1) * (zh * 60 + zm);
        // a DateTimeOffset holds at most +-14:00 (+1459 would throw where the record is made)
        if (Math.Abs(offset) > 14 * 60)
            return false;
        var local = DaysFromCivil(year, month, day) * 86400L + hour * 3600 + minute * 60;
        minuteSecond = local - offset * 60L;
        if (minuteSecond < MinUnixSeconds || minuteSecond + 59 > MaxUnixSeconds)
            return false;
        cache.Set(s, minuteSecond, offset);
        unixSeconds = minuteSecond + sec;
        offsetMinutes = offset;
        return true;
    }

    /// <summary>Parses the time from bytes without a cache.</summary>
    public static bool TryParse(ReadOnlySpan<byte> s, out DateTimeOffset time)
    {
        var cache = default(MinuteCache);
        time = default;
        if (!TryParse(s, ref cache, out var seconds, out var offset))
            return false;
        time = ToTime(seconds, offset);
        return true;
    }

    /// <summary>Parses "dd/Mon/yyyy:HH:mm:ss +hhmm" from text (the same parser, on its UTF-8 bytes).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset time)
    {
        time = default;
        if (s.Length > 64)
            return false;
        Span<byte> bytes = stackalloc byte[256];
        var n = Encoding.UTF8.GetBytes(s, bytes);
        return TryParse(bytes[..n], out time);
    }

    /// <summary>The instant with its written offset.</summary>
    public static DateTimeOffset ToTime(long unixSeconds, int offsetMinutes) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    private static bool Two(ReadOnlySpan<byte> s, int at, out int value)
    {
        value = 0;
        if (!Digit(s[at]) || !Digit(s[at + 1]))
            return false;
        value = (s[at] - '0') * 10 + (s[at + 1] - '0');
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Digit(byte b) => (uint)(b - '0') <= 9;

    private static int Month(ReadOnlySpan<byte> m)
    {
        var v = (m[0] | 0x20) << 16 | (m[1] | 0x20) << 8 | (m[2] | 0x20);
        return v switch
        {
            0x6a616e => 1, 0x666562 => 2, 0x6d6172 => 3, 0x617072 => 4, 0x6d6179 => 5, 0x6a756e => 6,
            0x6a756c => 7, 0x617567 => 8, 0x736570 => 9, 0x6f6374 => 10, 0x6e6f76 => 11, 0x646563 => 12,
            _ => 0,
        };
    }

    private static long DaysFromCivil(int y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - era * 400;
        var doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        var doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }
}
