// IETF syslog (RFC 5424): "<165>1 2003-10-11T22:14:15.003Z host app procid msgid [sd] message".
using System.Globalization;

namespace Debrief.Evidence.Readers;

/// <summary>Reads RFC 5424 syslog; severity from PRI, time with its offset.</summary>
public sealed class Syslog5424Reader : LineLogReader
{
    /// <inheritdoc />
    public override string Name => "syslog5424";

    /// <inheritdoc />
    public override string Description => "syslog, RFC 5424 style";

    /// <inheritdoc />
    public override LineResult ParseLine(string line, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(line))
            return LineResult.Ignored;
        var s = line.AsSpan();
        if (s[0] != '<')
            return LineResult.Bad("no priority");
        var gt = s.IndexOf('>');
        if (gt < 2 || gt > 4 || !int.TryParse(s[1..gt], NumberStyles.None, CultureInfo.InvariantCulture, out var pri) || pri > 191)
            return LineResult.Bad("bad priority");
        var fields = s[(gt + 1)..].ToString().Split(' ', 7);
        if (fields.Length < 7 || fields[0] != "1")
            return LineResult.Bad("not RFC 5424");
        if (fields[1] == "-" || !TimeText.TryParseIso(fields[1], context.DefaultOffset, out var time))
            return LineResult.Bad("bad time");
        var app = fields[3] == "-" ? (fields[2] == "-" ? null : fields[2]) : fields[3];
        var rest = fields[6];
        // structured data: "-" or one or more [id k="v"] blocks
        if (rest.StartsWith('-'))
            rest = rest.Length > 1 ? rest[2..] : "";
        else
        {
            var i = 0;
            while (i < rest.Length && rest[i] == '[')
            {
                var inQuote = false;
                for (i++; i < rest.Length; i++)
                {
                    if (rest[i] == '\\') { i++; continue; }
                    if (rest[i] == '"') inQuote = !inQuote;
                    else if (rest[i] == ']' && !inQuote) { i++; break; }
                }
            }
            rest = i < rest.Length ? rest[i..].TrimStart() : "";
        }
        if (rest.StartsWith('\uFEFF'))
            rest = rest[1..];
        return LineResult.Ok(new MessageRecord(time, (MessageSeverity)(pri & 7), rest, app));
    }
}
