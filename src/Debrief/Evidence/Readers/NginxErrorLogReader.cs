// nginx error.log: "2025/03/14 13:47:02 [error] 1234#1234: *5 message, client: ..., request: ...".
using System.Globalization;

namespace Debrief.Evidence.Readers;

/// <summary>Reads the nginx error log. Its times have no offset: the context's default offset applies.</summary>
public sealed class NginxErrorLogReader : LineLogReader
{
    /// <inheritdoc />
    public override string Name => "nginx-error";

    /// <inheritdoc />
    public override string Description => "nginx error.log";

    /// <inheritdoc />
    public override bool TimesHaveOffsets => false;

    /// <inheritdoc />
    public override LineResult ParseLine(string line, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(line))
            return LineResult.Ignored;
        if (line.Length < 21 || line[4] != '/' || line[7] != '/' || line[10] != ' ' || line[19] != ' ')
            return LineResult.Bad("no time");
        if (!DateTime.TryParseExact(line.AsSpan(0, 19), "yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return LineResult.Bad("bad time");
        var rest = line.AsSpan(20);
        if (rest.Length < 3 || rest[0] != '[')
            return LineResult.Bad("no level");
        var close = rest.IndexOf(']');
        if (close < 0)
            return LineResult.Bad("no level");
        var severity = SeverityNames.Parse(rest[1..close]);
        if (severity is null)
            return LineResult.Bad("unknown level");
        var text = rest[(close + 1)..].Trim();
        // drop "pid#tid: *cid " so the same message from different workers groups together
        var colon = text.IndexOf(": ");
        if (colon > 0 && text[..colon].IndexOf('#') > 0)
            text = text[(colon + 2)..];
        if (text.Length > 0 && text[0] == '*')
        {
            var sp = text.IndexOf(' ');
            if (sp > 0)
                text = text[(sp + 1)..];
        }
        return LineResult.Ok(new MessageRecord(new DateTimeOffset(local, context.DefaultOffset), severity.Value, text.ToString(), "nginx"));
    }
}
