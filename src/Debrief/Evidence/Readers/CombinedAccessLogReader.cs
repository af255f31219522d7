// nginx/Apache access logs in "combined" or "common" format, with optional trailing $request_time $upstream_response_time.
using System.Globalization;

namespace Debrief.Evidence.Readers;

/// <summary>Reads <c>host ident user [time] "request" status bytes ["referer" "agent"] [request_time upstream_time]</c>.</summary>
public sealed class CombinedAccessLogReader : LineLogReader
{
    /// <inheritdoc />
    public override string Name => "combined";

    /// <inheritdoc />
    public override string Description => "nginx/Apache access log, combined or common format (optional $request_time $upstream_response_time at the end)";

    /// <inheritdoc />
    public override LineResult ParseLine(string line, LogParseContext context)
    {
        var s = line.AsSpan();
        if (s.IsWhiteSpace())
            return LineResult.Ignored;
        var sp = s.IndexOf(' ');
        if (sp <= 0)
            return LineResult.Bad("no client");
        var client = line[..sp];
        var lb = s.IndexOf('[');
        if (lb < 0)
            return LineResult.Bad("no time");
        var rb = s[lb..].IndexOf(']');
        if (rb < 0)
            return LineResult.Bad("truncated");
        if (!ClfTime.TryParse(s.Slice(lb + 1, rb - 1), out var time))
            return LineResult.Bad("bad time");
        var rest = s[(lb + rb + 1)..];
        var q1 = rest.IndexOf('"');
        if (q1 < 0)
            return LineResult.Bad("no request");
        // the request ends at the quote followed by " NNN" (a quote inside the request is escaped or not followed by a status)
        var afterQuote = rest[(q1 + 1)..];
        var q2 = -1;
        for (var i = 0; i < afterQuote.Length; i++)
        {
            if (afterQuote[i] != '"' || (i > 0 && afterQuote[i - 1] == '\\'))
                continue;
            if (i + 5 <= afterQuote.Length && afterQuote[i + 1] == ' ' && char.IsAsciiDigit(afterQuote[i + 2])
                && char.IsAsciiDigit(afterQuote[i + 3]) && char.IsAsciiDigit(afterQuote[i + 4])
                && (i + 5 == afterQuote.Length || afterQuote[i + 5] == ' '))
            {
                q2 = i;
                break;
            }
        }
        if (q2 < 0)
            return LineResult.Bad("no status");
        var request = afterQuote[..q2];
        var status = (afterQuote[q2 + 2] - '0') * 100 + (afterQuote[q2 + 3] - '0') * 10 + (afterQuote[q2 + 4] - '0');
        if (status < 100)
            return LineResult.Bad("bad status");
        var (method, path) = SplitRequest(request);
        double? latency = null;
        var tail = afterQuote[(q2 + 5)..];
        var lastQuote = tail.LastIndexOf('"');
        var numbers = (lastQuote >= 0 ? tail[(lastQuote + 1)..] : tail[Math.Min(tail.Length, NextField(tail))..]).Trim();
        if (numbers.Length > 0)
        {
            var end = numbers.IndexOf(' ');
            var first = end < 0 ? numbers : numbers[..end];
            if (double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                latency = seconds;
        }
        return LineResult.Ok(new RequestRecord(time, client, method, path, status, latency));
    }

    // skips the bytes field after the status (common format has no quotes after it)
    private static int NextField(ReadOnlySpan<char> tail)
    {
        var t = tail.TrimStart(' ');
        var skipped = tail.Length - t.Length;
        var sp = t.IndexOf(' ');
        return sp < 0 ? tail.Length : skipped + sp;
    }

    /// <summary>"GET /a?b HTTP/1.1" to ("GET", "/a"); anything else to (null, null).</summary>
    public static (string? Method, string? Path) SplitRequest(ReadOnlySpan<char> request)
    {
        var sp = request.IndexOf(' ');
        if (sp <= 0 || sp > 16)
            return (null, null);
        var method = request[..sp];
        foreach (var c in method)
            if (!char.IsAsciiLetterUpper(c))
                return (null, null);
        var target = request[(sp + 1)..];
        var sp2 = target.IndexOf(' ');
        if (sp2 >= 0)
            target = target[..sp2];
        var q = target.IndexOf('?');
        if (q >= 0)
            target = target[..q];
        return (method.ToString(), target.Length == 0 ? null : target.ToString());
    }
}
