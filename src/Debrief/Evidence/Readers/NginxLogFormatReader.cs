// Access logs in any nginx log_format given with --log-format, e.g. '$remote_addr [$time_local] "$request" $status $request_time'.
using System.Globalization;
using System.Text;
using Debrief.Io;

namespace Debrief.Evidence.Readers;

/// <summary>Reads access logs written with a custom nginx <c>log_format</c>; needs <see cref="LogParseContext.LogFormat"/>.</summary>
public sealed class NginxLogFormatReader : LineLogReader
{
    private const string CombinedFormat = "$remote_addr - $remote_user [$time_local] \"$request\" $status $body_bytes_sent \"$http_referer\" \"$http_user_agent\"";
    private Compiled? _compiled;

    private sealed record Compiled(string Format, Token[] Tokens);

    /// <inheritdoc />
    public override string Name => "nginx-format";

    /// <inheritdoc />
    public override string Description => "access log in a custom nginx log_format (--log-format '...')";

    private readonly record struct Token(string? Literal, string? Variable);

    /// <inheritdoc />
    public override double Sniff(InputSample sample, LogParseContext context) =>
        context.LogFormat is null ? 0 : base.Sniff(sample, context);

    /// <inheritdoc />
    public override LineResult ParseLine(string line, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(line))
            return LineResult.Ignored;
        var tokens = Compile(context.LogFormat ?? CombinedFormat);
        var s = line.AsSpan();
        var pos = 0;
        string? client = null, method = null, path = null;
        int? status = null;
        double? latency = null, upstream = null;
        DateTimeOffset? time = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Literal is not null)
            {
                if (!s[pos..].StartsWith(t.Literal, StringComparison.Ordinal))
                    return LineResult.Bad(pos >= s.Length ? "truncated" : "does not match log_format");
                pos += t.Literal.Length;
                continue;
            }
            int end;
            var next = i + 1 < tokens.Length ? tokens[i + 1].Literal : null;
            if (next is null)
                end = s.Length;
            else
            {
                var at = IndexOfLiteral(s[pos..], next, t.Variable == "request" || t.Variable!.StartsWith("http_", StringComparison.Ordinal));
                if (at < 0)
                    return LineResult.Bad("truncated");
                end = pos + at;
            }
            var value = s[pos..end];
            pos = end;
            switch (t.Variable)
            {
                case "remote_addr" or "binary_remote_addr" or "realip_remote_addr" or "http_x_forwarded_for" when client is null || t.Variable == "remote_addr":
                    client = value.ToString();
                    break;
                case "time_local":
                    if (!ClfTime.TryParse(value, out var tl))
                        return LineResult.Bad("bad time");
                    time = tl;
                    break;
                case "time_iso8601":
                    if (!TimeText.TryParseIso(value.ToString(), context.DefaultOffset, out var ti))
                        return LineResult.Bad("bad time");
                    time = ti;
                    break;
                case "msec":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
                        return LineResult.Bad("bad time");
                    time = DateTimeOffset.FromUnixTimeMilliseconds((long)(ms * 1000)).ToOffset(context.DefaultOffset);
                    break;
                case "request":
                    (method, path) = CombinedAccessLogReader.SplitRequest(value);
                    break;
                case "request_method":
                    method = value.ToString();
                    break;
                case "request_uri" or "uri":
                    var q = value.IndexOf('?');
                    path = (q >= 0 ? value[..q] : value).ToString();
                    break;
                case "status":
                    if (value.Length != 3 || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var st) || st < 100)
                        return LineResult.Bad("bad status");
                    status = st;
                    break;
                case "request_time":
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rt))
                        latency = rt;
                    break;
                case "upstream_response_time":
                    // "0.012, 0.034" when several upstreams were tried: the sum is what the client waited for
                    double sum = 0;
                    var any = false;
                    foreach (var part in value.ToString().Split([',', ':'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                        if (double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var u))
                        {
                            sum += u;
                            any = true;
                        }
                    if (any)
                        upstream = sum;
                    break;
            }
        }
        if (time is null)
            return LineResult.Bad("no time");
        if (status is null)
            return LineResult.Bad("no status");
        return LineResult.Ok(new RequestRecord(time.Value, client ?? "-", method, path, status.Value, latency ?? upstream));
    }

    private static int IndexOfLiteral(ReadOnlySpan<char> s, string literal, bool quoted)
    {
        var from = 0;
        while (true)
        {
            var at = s[from..].IndexOf(literal, StringComparison.Ordinal);
            if (at < 0)
                return -1;
            at += from;
            if (!quoted || at == 0 || s[at - 1] != '\\')
                return at;
            from = at + 1;
        }
    }

    private Token[] Compile(string format)
    {
        if (_compiled is { } c && c.Format == format)
            return c.Tokens;
        var tokens = new List<Token>();
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '$')
            {
                literal.Append(format[i]);
                continue;
            }
            string name;
            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                var close = format.IndexOf('}', i);
                if (close < 0)
                    throw InputException.ForOption("log-format", "unclosed ${");
                name = format[(i + 2)..close];
                i = close;
            }
            else
            {
                var j = i + 1;
                while (j < format.Length && (char.IsAsciiLetterOrDigit(format[j]) || format[j] == '_'))
                    j++;
                name = format[(i + 1)..j];
                i = j - 1;
            }
            if (name.Length == 0)
            {
                literal.Append('$');
                continue;
            }
            if (literal.Length > 0)
                tokens.Add(new Token(literal.ToString(), null));
            literal.Clear();
            if (tokens.Count > 0 && tokens[^1].Variable is not null)
                throw InputException.ForOption("log-format", $"${tokens[^1].Variable} and ${name} have nothing between them");
            tokens.Add(new Token(null, name));
        }
        if (literal.Length > 0)
            tokens.Add(new Token(literal.ToString(), null));
        if (!tokens.Any(t => t.Variable is "status"))
            throw InputException.ForOption("log-format", "the format has no $status");
        _compiled = new Compiled(format, [.. tokens]);
        return _compiled.Tokens;
    }
}
