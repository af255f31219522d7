// BSD syslog (RFC 3164): "[<PRI>]Jun 14 15:16:01 host program[pid]: message"; no year and no offset in the line.
using System.Globalization;

namespace Debrief.Evidence.Readers;

/// <summary>Reads RFC 3164 syslog. The year and offset come from the context.</summary>
public sealed class Syslog3164Reader : LineLogReader
{
    /// <inheritdoc />
    public override string Name => "syslog";

    /// <inheritdoc />
    public override string Description => "syslog, RFC 3164 (BSD) style";

    /// <inheritdoc />
    public override bool TimesHaveOffsets => false;

    /// <inheritdoc />
    public override LineResult ParseLine(string line, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(line))
            return LineResult.Ignored;
        var s = line.AsSpan();
        MessageSeverity? severity = null;
        if (s[0] == '<')
        {
            var gt = s.IndexOf('>');
            if (gt < 2 || gt > 4 || !int.TryParse(s[1..gt], NumberStyles.None, CultureInfo.InvariantCulture, out var pri))
                return LineResult.Bad("bad priority");
            severity = (MessageSeverity)(pri & 7);
            s = s[(gt + 1)..];
        }
        if (s.Length < 16 || s[3] != ' ' || s[6] != ' ' || s[9] != ':' || s[12] != ':' || s[15] != ' ')
            return LineResult.Bad("no time");
        var month = TimeText.Month(s[..3]);
        var dayText = s.Slice(4, 2).Trim();
        if (month == 0 || !int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !TimeSpan.TryParseExact(s.Slice(7, 8), @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var tod)
            || day < 1 || day > DateTime.DaysInMonth(context.DefaultYear, month))
            return LineResult.Bad("bad time");
        var rest = s[16..];
        var sp = rest.IndexOf(' ');
        if (sp <= 0)
            return LineResult.Bad("no host");
        var host = rest[..sp].ToString();
        var message = rest[(sp + 1)..];
        var colon = message.IndexOf(": ");
        var program = colon > 0 && colon < 64 && !message[..colon].Contains(' ') ? message[..colon].ToString() : null;
        var text = program is null ? message : message[(colon + 2)..];
        var time = new DateTimeOffset(new DateTime(context.DefaultYear, month, day).Add(tod), context.DefaultOffset);
        return LineResult.Ok(new MessageRecord(time, severity ?? GuessSeverity(text), text.ToString(), program ?? host));
    }

    private static readonly string[] ErrorWords = ["error", "fail", "fatal", "panic", "segfault", "out of memory", "killed process", "oom-killer", "i/o error"];

    /// <summary>Plain syslog lines carry no level: words like "error" or "panic" mark errors.</summary>
    public static MessageSeverity GuessSeverity(ReadOnlySpan<char> text)
    {
        foreach (var w in ErrorWords)
            if (text.Contains(w, StringComparison.OrdinalIgnoreCase))
                return MessageSeverity.Error;
        return MessageSeverity.Info;
    }
}
