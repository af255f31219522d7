// The fast path for large combined/common access logs: big blocks, bytes not strings, one chunk per core, buckets merged at the end.
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Debrief.Evidence;

/// <summary>Scans a plain access-log file in parallel chunks split at line boundaries. Same results as
/// <see cref="Readers.CombinedAccessLogReader"/> line by line (a contract test checks it), an order of magnitude faster.</summary>
public static class FastAccessScanner
{
    /// <summary>Bytes read per block.</summary>
    public const int BlockBytes = 4 << 20;

    /// <summary>How many lines were read and how many were malformed.</summary>
    public sealed record ScanResult(long Lines, long Malformed);

    /// <summary>Scans <paramref name="path"/> into <paramref name="aggregate"/>.</summary>
    public static ScanResult Scan(string path, EvidenceAggregate aggregate, MalformedTally tally, string displayName, int threads, IProgress<long>? progress = null, long minParallelBytes = 8L << 20)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(tally);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var length = RandomAccess.GetLength(handle);
        aggregate.AlignOffsetMinutes ??= FirstOffset(handle, length);
        var align = aggregate.AlignOffsetMinutes ?? 0;
        var cuts = Cuts(handle, length, length < minParallelBytes ? 1 : Math.Clamp(threads, 1, 64));
        var workers = new Worker[cuts.Count - 1];
        long done = 0;
        for (var i = 0; i < workers.Length; i++)
            workers[i] = new Worker(handle, cuts[i], cuts[i + 1], aggregate.IntervalSeconds, align, i == 0 ? progress : null, () => Interlocked.Read(ref done), n => Interlocked.Add(ref done, n));
        if (workers.Length == 1)
            workers[0].Run();
        else
        {
            var tasks = workers.Skip(1).Select(w => Task.Factory.StartNew(w.Run, TaskCreationOptions.LongRunning)).ToArray();
            workers[0].Run();
            Task.WaitAll(tasks);
        }
        long lines = 0, malformed = 0;
        foreach (var w in workers)
        {
            foreach (var (index, bucket) in w.Buckets)
                aggregate.MergeBucket(index, bucket);
            aggregate.NoteRequestRange(w.FirstSecond, w.LastSecond, w.Requests);
            // samples carry chunk-relative line numbers: shift them by the lines of the chunks before
            tally.Merge(w.Bad.Shifted(displayName, lines));
            lines += w.Lines;
            malformed += w.Bad.Total;
        }
        foreach (var b in aggregate.Buckets.Values)
        {
            b.Clients.Compact();
            b.ErrorClients?.Compact();
        }
        progress?.Report(length);
        return new ScanResult(lines, malformed);
    }

    private static int? FirstOffset(SafeFileHandle handle, long length)
    {
        var buffer = new byte[(int)Math.Min(length, 1 << 16)];
        var n = RandomAccess.Read(handle, buffer, 0);
        var reader = new Readers.CombinedAccessLogReader();
        foreach (var line in Encoding.UTF8.GetString(buffer, 0, n).Split('\n'))
            if (reader.ParseLine(line.TrimEnd('\r'), LogParseContext.Default).Records is [RequestRecord r])
                return (int)r.Time.Offset.TotalMinutes;
        return null;
    }

    private static List<long> Cuts(SafeFileHandle handle, long length, int threads)
    {
        // a chunk per thread, each cut moved just past the next newline; small files get one chunk
        var cuts = new List<long> { 0 };
        var buffer = new byte[1 << 16];
        for (var i = 1; i < threads; i++)
        {
            var cut = length / threads * i;
            while (cut < length)
            {
                var n = RandomAccess.Read(handle, buffer, cut);
                if (n <= 0)
                {
                    cut = length;
                    break;
                }
                var nl = buffer.AsSpan(0, n).IndexOf((byte)'\n');
                if (nl >= 0)
                {
                    cut += nl + 1;
                    break;
                }
                cut += n;
            }
            if (cut > cuts[^1] && cut < length)
                cuts.Add(cut);
        }
        cuts.Add(length);
        return cuts;
    }

    private sealed class Worker(SafeFileHandle handle, long begin, long end, int interval, int alignMinutes,
        IProgress<long>? progress, Func<long> doneSoFar, Action<long> addDone)
    {
        public readonly Dictionary<long, IntervalBucket> Buckets = [];
        public readonly MalformedTally Bad = new();
        public long Lines;
        public long Requests;
        public long FirstSecond = long.MaxValue;
        public long LastSecond = long.MinValue;

        private long _lastKey = long.MinValue;
        private IntervalBucket? _last;
        // cache of the last "dd/Mon/yyyy:HH:MM" + zone seen, and its unix seconds at :00
        private readonly byte[] _minuteText = new byte[23];
        private bool _minuteValid;
        private long _minuteSecond;
        private int _minuteOffset;

        public void Run()
        {
            var buffer = new byte[BlockBytes];
            var carry = 0;
            var pos = begin;
            var first = true;
            var skipping = false;
            while (pos < end)
            {
                var want = (int)Math.Min(buffer.Length - carry, end - pos);
                var n = RandomAccess.Read(handle, buffer.AsSpan(carry, want), pos);
                if (n <= 0)
                    break;
                pos += n;
                addDone(n);
                var data = buffer.AsSpan(0, carry + n);
                var start = 0;
                if (first)
                {
                    first = false;
                    if (begin == 0 && data.StartsWith("\uFEFF"u8))
                        start = 3;
                }
                while (true)
                {
                    var nl = data[start..].IndexOf((byte)'\n');
                    if (nl < 0)
                        break;
                    if (skipping)
                        skipping = false;
                    else
                        Line(data.Slice(start, nl));
                    start += nl + 1;
                }
                carry = data.Length - start;
                if (carry == buffer.Length)
                {
                    // a line longer than a block: count it once, drop it up to its newline
                    if (!skipping)
                    {
                        Lines++;
                        Bad.Add("line too long", "", Lines, Encoding.UTF8.GetString(data[..200]));
                    }
                    skipping = true;
                    carry = 0;
                }
                else
                    data[start..].CopyTo(buffer);
                if (progress is not null)
                    progress.Report(doneSoFar());
            }
            if (carry > 0 && !skipping)
                Line(buffer.AsSpan(0, carry));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Line(ReadOnlySpan<byte> s)
        {
            Lines++;
            if (s.Length > 0 && s[^1] == (byte)'\r')
                s = s[..^1];
            var reason = Parse(s);
            if (reason is not null)
                Bad.Add(reason, "", Lines, Encoding.UTF8.GetString(s.Length > 300 ? s[..300] : s));
        }

        private string? Parse(ReadOnlySpan<byte> s)
        {
            if (IsWhiteSpace(s))
                return null;
            var sp = s.IndexOf((byte)' ');
            if (sp <= 0)
                return "no client";
            var lb = s.IndexOf((byte)'[');
            if (lb < 0)
                return "no time";
            var rb = s[lb..].IndexOf((byte)']');
            if (rb < 0)
                return "truncated";
            if (!Time(s.Slice(lb + 1, rb - 1), out var second, out var offsetMinutes))
                return "bad time";
            var rest = s[(lb + rb + 1)..];
            var q1 = rest.IndexOf((byte)'"');
            if (q1 < 0)
                return "no request";
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

            double? latency = null;
            var tail = after[(q2 + 5)..];
            var lastQuote = tail.LastIndexOf((byte)'"');
            var numbers = lastQuote >= 0 ? tail[(lastQuote + 1)..] : tail[NextField(tail)..];
            numbers = numbers.Trim((byte)' ');
            if (numbers.Length > 0)
            {
                var e = numbers.IndexOf((byte)' ');
                var token = e < 0 ? numbers : numbers[..e];
                if (Utf8Parser.TryParse(token, out double seconds, out var used) && used == token.Length && seconds >= 0 && double.IsFinite(seconds))
                    latency = seconds;
            }

            var key = FloorDiv(second + alignMinutes * 60L, interval);
            IntervalBucket bucket;
            if (key == _lastKey)
                bucket = _last!;
            else
            {
                if (!Buckets.TryGetValue(key, out bucket!))
                {
                    // the next interval usually has about as many clients as this one: size its set for that
                    bucket = new IntervalBucket(Math.Max(64, _last?.Clients.Count ?? 64));
                    Buckets[key] = bucket;
                }
                // logs are nearly in time order: an interval left behind is complete, pack its sets (memory stays flat)
                _last?.Clients.Compact();
                _last?.ErrorClients?.Compact();
                _lastKey = key;
                _last = bucket;
            }
            bucket.OffsetMinutes = offsetMinutes;
            var client = ClientHashSet.Hash(s[..sp]);
            bucket.Requests++;
            bucket.Clients.Add(client);
            if (status >= 500)
                bucket.AddServerError(client, second, FailingPath(after[..q2]));
            else if (status >= 400)
                bucket.ClientErrors++;
            if (latency is { } l)
                bucket.AddLatency(l);
            Requests++;
            if (second < FirstSecond) FirstSecond = second;
            if (second > LastSecond) LastSecond = second;
            return null;
        }

        private static string? FailingPath(ReadOnlySpan<byte> request)
        {
            var sp = request.IndexOf((byte)' ');
            if (sp <= 0 || sp > 16)
                return null;
            foreach (var c in request[..sp])
                if (c is < (byte)'A' or > (byte)'Z')
                    return null;
            var target = request[(sp + 1)..];
            var sp2 = target.IndexOf((byte)' ');
            if (sp2 >= 0)
                target = target[..sp2];
            var q = target.IndexOf((byte)'?');
            if (q >= 0)
                target = target[..q];
            return target.Length == 0 ? null : Encoding.UTF8.GetString(target);
        }

        private static int NextField(ReadOnlySpan<byte> tail)
        {
            var t = tail.TrimStart((byte)' ');
            var skipped = tail.Length - t.Length;
            var sp = t.IndexOf((byte)' ');
            return sp < 0 ? tail.Length : skipped + sp;
        }

        /// <summary>"dd/Mon/yyyy:HH:mm:ss +hhmm" (as ClfTime, on bytes), with the minute cached.</summary>
        private bool Time(ReadOnlySpan<byte> s, out long second, out int offsetMinutes)
        {
            second = 0;
            offsetMinutes = 0;
            if (s.Length != 26 || !Digit(s[0]))
                s = s.Trim(" \t"u8).TrimStart((byte)'[');
            if (s.Length != 26 || s[2] != '/' || s[6] != '/' || s[11] != ':' || s[14] != ':' || s[17] != ':' || s[20] != ' '
                || !Digit(s[18]) || !Digit(s[19]))
                return false;
            var sec = (s[18] - '0') * 10 + (s[19] - '0');
            if (sec > 60)
                return false;
            sec = Math.Min(sec, 59);
            if (_minuteValid && s[..17].SequenceEqual(_minuteText.AsSpan(0, 17)) && s[20..].SequenceEqual(_minuteText.AsSpan(17, 6)))
            {
                second = _minuteSecond + sec;
                offsetMinutes = _minuteOffset;
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
            var local = DaysFromCivil(year, month, day) * 86400L + hour * 3600 + minute * 60;
            _minuteSecond = local - offset * 60L;
            _minuteOffset = offset;
            s[..17].CopyTo(_minuteText);
            s[20..].CopyTo(_minuteText.AsSpan(17));
            _minuteValid = true;
            second = _minuteSecond + sec;
            offsetMinutes = offset;
            return true;
        }

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

        private static bool IsWhiteSpace(ReadOnlySpan<byte> s)
        {
            foreach (var b in s)
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\v' or (byte)'\f'))
                    return false;
            return true;
        }

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

        private static long FloorDiv(long a, long b)
        {
            var q = Math.DivRem(a, b, out var r);
            return r < 0 ? q - 1 : q;
        }
    }
}
