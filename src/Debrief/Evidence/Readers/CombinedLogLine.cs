// The one parser of the combined/common access-log line, on bytes: the record reader and the parallel scan both call it.
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using Debrief.Evidence.Scanning;

namespace Debrief.Evidence.Readers;

/// <summary>Parses <c>host ident user [time] "request" status bytes ["referer" "agent"] [request_time upstream_time]</c>.
/// A struct so the parallel scan's generic loop inlines it; it caches the last minute of the time stamp.</summary>
internal struct CombinedLogLine : IRequestLineParser
{
    private ClfTime.MinuteCache _minute;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public LineKind Parse(ReadOnlySpan<byte> s, out RequestFields fields, out string? reason)
    {
        fields = default;
        reason = Fields(s, ref fields);
        if (reason is null)
            return LineKind.Request;
        if (ReferenceEquals(reason, Blank))
        {
            reason = null;
            return LineKind.Blank;
        }
        return LineKind.Malformed;
    }

    private const string Blank = "blank";

    private string? Fields(ReadOnlySpan<byte> s, ref RequestFields f)
    {
        if (IsWhiteSpace(s))
            return Blank;
        var sp = s.IndexOf((byte)' ');
        if (sp <= 0)
            return "no client";
        var lb = s.IndexOf((byte)'[');
        if (lb < 0)
            return "no time";
        var rb = s[lb..].IndexOf((byte)']');
        if (rb < 0)
            return "truncated";
        if (!ClfTime.TryParse(s.Slice(lb + 1, rb - 1), ref _minute, out f.UnixSecond, out f.OffsetMinutes))
            return "bad time";
        var rest = s[(lb + rb + 1)..];
        var q1 = rest.IndexOf((byte)'"');
        if (q1 < 0)
            return "no request";
        // the request ends at the quote followed by " NNN" (a quote inside the request is escaped or not followed by a status)
        var after = rest[(q1 + 1)..];
        var q2 = -1;
        var from = 0;
        while (true)
        {
            var q = after[from..].IndexOf((byte)'"');
            if (q < 0)
                break;
            var i = from + q;
            from = i + 1;
            if (i > 0 && after[i - 1] == (byte)'\\')
                continue;
            if (i + 5 <= after.Length && after[i + 1] == (byte)' ' && Digit(after[i + 2]) && Digit(after[i + 3]) && Digit(after[i + 4])
                && (i + 5 == after.Length || after[i + 5] == (byte)' '))
            {
                q2 = i;
                break;
            }
        }
        if (q2 < 0)
            return "no status";
        var status = (after[q2 + 2] - '0') * 100 + (after[q2 + 3] - '0') * 10 + (after[q2 + 4] - '0');
        if (status < 100)
            return "bad status";
        f.Client = s[..sp];
        f.Request = after[..q2];
        f.Status = status;
        f.Latency = double.NaN;
        // the first number after the last quoted field (combined) or after the bytes field (common) is $request_time
        var tail = after[(q2 + 5)..];
        var lastQuote = tail.LastIndexOf((byte)'"');
        var numbers = (lastQuote >= 0 ? tail[(lastQuote + 1)..] : tail[NextField(tail)..]).Trim((byte)' ');
        if (numbers.Length > 0)
        {
            var e = numbers.IndexOf((byte)' ');
            var token = e < 0 ? numbers : numbers[..e];
            if (Utf8Parser.TryParse(token, out double seconds, out var used) && used == token.Length && seconds >= 0 && double.IsFinite(seconds))
                f.Latency = seconds;
        }
        return null;
    }

    // skips the bytes field after the status (common format has no quotes after it)
    private static int NextField(ReadOnlySpan<byte> tail)
    {
        var t = tail.TrimStart((byte)' ');
        var skipped = tail.Length - t.Length;
        var sp = t.IndexOf((byte)' ');
        return sp < 0 ? tail.Length : skipped + sp;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Digit(byte b) => (uint)(b - '0') <= 9;

    private static bool IsWhiteSpace(ReadOnlySpan<byte> s)
    {
        foreach (var b in s)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\v' or (byte)'\f'))
                return false;
        return true;
    }
}
