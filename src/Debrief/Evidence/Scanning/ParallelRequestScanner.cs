// The parallel scan of a plain request log: the file cut at line boundaries into one chunk per thread, each parsed from bytes into its own buckets, merged at the end.
using Microsoft.Win32.SafeHandles;

namespace Debrief.Evidence.Scanning;

/// <summary>How a parallel scan runs.</summary>
/// <param name="DisplayName">The input's name for malformed samples.</param>
/// <param name="Threads">Chunks (and threads) at most.</param>
/// <param name="Progress">Receives the bytes read so far, or null.</param>
/// <param name="MinParallelBytes">Smaller files are one chunk.</param>
/// <param name="BlockBytes">Bytes read per block.</param>
/// <param name="MaxLineBytes">Longest line (as <see cref="BlockLineReader.MaxLineBytes"/>; tests use small ones).</param>
internal sealed record ScanSettings(string DisplayName, int Threads, IProgress<long>? Progress = null, long MinParallelBytes = 8L << 20,
    int BlockBytes = BlockLineReader.MaxLineBytes, int MaxLineBytes = BlockLineReader.MaxLineBytes);

/// <summary>How many lines were read and how many were malformed.</summary>
public sealed record ScanResult(long Lines, long Malformed);

/// <summary>Scans a plain file of request lines in parallel. Lines, malformed reasons and samples, and every bucket are
/// the same as reading the file line by line with the same parser (a property test checks it).</summary>
internal static class ParallelRequestScanner
{
    /// <summary>Scans <paramref name="file"/> into <paramref name="aggregate"/> with one <typeparamref name="TParser"/> per chunk.</summary>
    public static ScanResult Scan<TParser>(PlainFile file, EvidenceAggregate aggregate, MalformedTally tally, ScanSettings settings)
        where TParser : struct, IRequestLineParser
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(settings);
        var handle = file.Handle;
        var length = file.Length;
        // intervals align to the first request's offset, as when records are added one by one
        aggregate.AlignOffsetMinutes ??= FirstOffset<TParser>(handle, length, settings);
        var align = aggregate.AlignOffsetMinutes ?? 0;
        var cuts = Cuts(handle, length, length < settings.MinParallelBytes ? 1 : Math.Clamp(settings.Threads, 1, 64));
        var workers = new Worker<TParser>[cuts.Count - 1];
        long done = 0;
        for (var i = 0; i < workers.Length; i++)
            workers[i] = new Worker<TParser>(handle, cuts[i], cuts[i + 1], aggregate.IntervalSeconds, align, settings,
                i == 0 ? settings.Progress : null, () => Interlocked.Read(ref done), n => Interlocked.Add(ref done, n));
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
            tally.Merge(w.Bad.Shifted(settings.DisplayName, lines));
            lines += w.Lines;
            malformed += w.Bad.Total;
        }
        foreach (var b in aggregate.Buckets.Values)
        {
            b.Clients.Compact();
            b.ErrorClients?.Compact();
        }
        settings.Progress?.Report(length);
        return new ScanResult(lines, malformed);
    }

    private static int? FirstOffset<TParser>(SafeFileHandle handle, long length, ScanSettings settings) where TParser : struct, IRequestLineParser
    {
        long pos = 0;
        var lines = new BlockLineReader(span => Read(handle, span, ref pos, length), true, 1 << 16, settings.MaxLineBytes);
        var parser = default(TParser);
        while (lines.Next(out var line, out var tooLong))
            if (!tooLong && parser.Parse(line, out var fields, out _) == LineKind.Request)
                return fields.OffsetMinutes;
        return null;
    }

    private static int Read(SafeFileHandle handle, Span<byte> span, ref long pos, long end)
    {
        var want = (int)Math.Min(span.Length, end - pos);
        if (want <= 0)
            return 0;
        var n = RandomAccess.Read(handle, span[..want], pos);
        pos += n;
        return n;
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

    private sealed class Worker<TParser>(SafeFileHandle handle, long begin, long end, int interval, int alignMinutes, ScanSettings settings,
        IProgress<long>? progress, Func<long> doneSoFar, Action<long> addDone) where TParser : struct, IRequestLineParser
    {
        public readonly Dictionary<long, IntervalBucket> Buckets = [];
        public readonly MalformedTally Bad = new();
        public long Lines;
        public long Requests;
        public long FirstSecond = long.MaxValue;
        public long LastSecond = long.MinValue;

        private TParser _parser = default;
        private long _lastKey = long.MinValue;
        private IntervalBucket? _last;
        private long _pos;
        private long _sinceReport;

        public void Run()
        {
            _pos = begin;
            var lines = new BlockLineReader(ReadBlock, begin == 0, settings.BlockBytes, settings.MaxLineBytes);
            while (lines.Next(out var line, out var tooLong))
            {
                if (tooLong)
                    Bad.Add("line too long", "", lines.LineNumber, line);
                else if (_parser.Parse(line, out var fields, out var reason) == LineKind.Request)
                    Count(in fields);
                else if (reason is not null)
                    Bad.Add(reason, "", lines.LineNumber, line);
            }
            Lines = lines.LineNumber;
        }

        private int ReadBlock(Span<byte> span)
        {
            var n = Read(handle, span, ref _pos, end);
            addDone(n);
            _sinceReport += n;
            if (progress is not null && (_sinceReport >= 4 << 20 || n == 0))
            {
                _sinceReport = 0;
                progress.Report(doneSoFar());
            }
            return n;
        }

        private void Count(in RequestFields f)
        {
            var second = f.UnixSecond;
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
            bucket.OffsetMinutes = f.OffsetMinutes;
            bucket.AddRequest(ClientHashSet.Hash(f.Client), f.Status, double.IsNaN(f.Latency) ? null : f.Latency, second,
                f.Status >= 500 ? RequestLine.PathOf(f.Request) : null);
            Requests++;
            if (second < FirstSecond) FirstSecond = second;
            if (second > LastSecond) LastSecond = second;
        }

        private static long FloorDiv(long a, long b)
        {
            var q = Math.DivRem(a, b, out var r);
            return r < 0 ? q - 1 : q;
        }
    }
}
