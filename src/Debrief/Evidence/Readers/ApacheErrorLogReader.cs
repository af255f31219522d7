// Apache error_log, 2.2 "[Sun Dec 04 04:47:44 2005] [error] msg" and 2.4 "[Wed Oct 11 14:32:52.123456 2017] [core:error] [pid 1] msg".
using System.Globalization;

namespace Debrief.Evidence.Readers;

/// <summary>Reads Apache 2.2 and 2.4 error logs. Times have no offset: the context's default offset applies.</summary>
public sealed class ApacheErrorLogReader : LineLogReader
{
    /// <inheritdoc />
    public override string Name => "apache-error";

    /// <inheritdoc />
    public override string Description => "Apache error_log (2.2 and 2.4 styles)";

    /// <inheritdoc />
    public override bool TimesHaveOffsets => false;

    /// <inheritdoc />
    public override LineResult ParseLine(string line, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(line))
            return LineResult.Ignored;
        var s = line.AsSpan();
        if (s[0] != '[')
            return LineResult.Bad("no time");
        var close = s.IndexOf(']');
        if (close < 0)
            return LineResult.Bad("no time");
        if (!TryParseTime(s[1..close], out var local))
            return LineResult.Bad("bad time");
        var rest = s[(close + 1)..].TrimStart();
        if (rest.Length == 0 || rest[0] != '[')
            return LineResult.Bad("no level");
        var lc = rest.IndexOf(']');
        if (lc < 0)
            return LineResult.Bad("no level");
        var level = rest[1..lc];
        string? module = null;
        var c = level.IndexOf(':');
        if (c >= 0)
        {
            module = level[..c].ToString();
            level = level[(c + 1)..];
        }
        var severity = SeverityNames.Parse(level);
        if (severity is null)
            return LineResult.Bad("unknown level");
        rest = rest[(lc + 1)..].TrimStart();
        // 2.4: skip "[pid N:tid M]" and "[client a:b]"
        while (rest.StartsWith("[pid ") || rest.StartsWith("[client ") || rest.StartsWith("[remote "))
        {
            var e = rest.IndexOf(']');
            if (e < 0)
                break;
            rest = rest[(e + 1)..].TrimStart();
        }
        return LineResult.Ok(new MessageRecord(new DateTimeOffset(local, context.DefaultOffset), severity.Value, rest.ToString(), module ?? "apache"));
    }

    private static bool TryParseTime(ReadOnlySpan<char> s, out DateTime local)
    {
        // "Sun Dec 04 04:47:44 2005" or "Wed Oct 11 14:32:52.123456 2017"
        local = default;
        var parts = s.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5)
            return false;
        var month = TimeText.Month(parts[1]);
        if (month == 0 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return false;
        if (!TimeSpan.TryParseExact(parts[3].Split('.')[0], @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var tod))
            return false;
        if (year < 1 || year > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        local = new DateTime(year, month, day).Add(tod);
        return true;
    }
}
