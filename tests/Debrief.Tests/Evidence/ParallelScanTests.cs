// The parallel scan and the record reader are one parser: on random and realistic lines they give the same intervals, lines and malformed samples.
using System.Globalization;
using System.Text;
using CsCheck;
using Debrief.Evidence;
using Debrief.Json;
using Debrief.Evidence.Readers;
using Debrief.Evidence.Scanning;

namespace Debrief.Tests.Evidence;

public sealed class ParallelScanTests
{
    /// <summary>A generated log and how to scan it.</summary>
    public sealed record ScanCase(byte[] Data, int Interval, int Threads, int BlockBytes)
    {
        public override string ToString() =>
            $"interval {Interval}, threads {Threads}, block {BlockBytes}, {Data.Length} bytes:\n" +
            string.Concat(Encoding.Latin1.GetString(Data).Select(c => c is '\n' ? "\\n\n" : c is < ' ' or > '~' ? $"\\x{(int)c:x2}" : c.ToString()));
    }

    private const int MaxLine = 512;

    private static readonly Gen<string> Client = Gen.OneOf("10.0.0.1", "10.0.0.2", "10.1.7.33", "203.0.113.9", "2001:db8::1",
        "pppa006.compuserve.com", "vcc7.langara.bc.ca", "-", "ünïcode.example");
    private static readonly Gen<string> Zone = Gen.OneOf("+0000", "+0100", "-0500", "+0530", "+1400", "-1200", "-0400", "+1459");
    private static readonly Gen<string> Request = Gen.OneOf("GET /api/cart?id=7 HTTP/1.1", "POST /checkout HTTP/2.0", "-", "\\x16\\x03\\x01",
        "GET /a\\\"b HTTP/1.1", "get /lower HTTP/1.1", "GET /ü/ä HTTP/1.1", "GET  HTTP/1.1", "GET /p\"q HTTP/1.1", "GET /shuttle/missions/missions.html HTTP/1.0",
        "DELETE /a?b=c HTTP/1.1", "GET /" + new string('x', 600) + " HTTP/1.1");
    private static readonly Gen<string> Status = Gen.OneOf("200", "200", "200", "304", "404", "500", "502", "503", "504", "099", "20", "2000");
    private static readonly Gen<string> Tail = Gen.OneOf("", " \"-\" \"curl/8\"", " \"https://example.com/\" \"Mozilla/5.0 (X11)\" 0.123 0.120",
        " \"-\" \"ua\" - -", " 0.5", " \"-\" \"ua\" 1e3", " \"-\" \"ua\" inf", " \"-\" \"ua\" -1", " \"-\" \"ua\" NaN", " \"-\" \"a \\\"quoted\\\" agent\" 60.001");

    // a time within three hours of 14 Mar 2025 noon (local), sometimes impossible
    private static readonly Gen<string> Time = Gen.Select(Gen.Int[0, 3 * 3600], Zone, Gen.Int[0, 40], (s, zone, odd) =>
        odd switch
        {
            0 => $"31/Feb/2025:12:00:00 {zone}",
            1 => $"14/Mar/2025:12:00:60 {zone}",
            2 => $"14/Foo/2025:12:00:00 {zone}",
            3 => $"14/Mar/2025:25:00:00 {zone}",
            4 => $"01/Jan/0001:00:00:00 {zone}",
            _ => new DateTime(2025, 3, 14, 12, 0, 0).AddSeconds(s).ToString("dd/MMM/yyyy:HH:mm:ss", CultureInfo.InvariantCulture) + " " + zone,
        });

    private static readonly Gen<byte[]> Valid = Gen.Select(Client, Time, Request, Status, Gen.Int[0, 99999], Tail,
        (c, t, r, s, bytes, tail) => Encoding.UTF8.GetBytes($"{c} - - [{t}] \"{r}\" {s} {bytes}{tail}"));

    private static readonly byte[] Junk = [(byte)' ', (byte)'"', (byte)'[', (byte)']', (byte)'\r', 0, 0xff, 0xc3, (byte)'\\', (byte)'\t', (byte)'-', (byte)'5'];

    // one random edit: insert, replace or delete a byte, or cut the line
    private static readonly Gen<byte[]> Mutated = Gen.Select(Valid, Gen.Int[0, 3], Gen.Int[0, 10000], Gen.Int[0, Junk.Length - 1], (line, op, at, j) =>
    {
        var list = line.ToList();
        var i = at % (list.Count + 1);
        switch (op)
        {
            case 0: list.Insert(i, Junk[j]); break;
            case 1 when i < list.Count: list[i] = Junk[j]; break;
            case 2 when i < list.Count: list.RemoveAt(i); break;
            default: list.RemoveRange(i, list.Count - i); break;
        }
        return list.ToArray();
    });

    private static readonly Gen<byte[]> Line = Gen.Frequency<byte[]>(
        (12, Valid),
        (4, Mutated),
        (1, Gen.Byte.Array[0, 40]),
        (1, Gen.OneOf<byte[]>([], " "u8.ToArray(), "\t \r"u8.ToArray())),
        (1, Gen.Int[MaxLine - 2, MaxLine * 3].Select(n => Encoding.ASCII.GetBytes(new string('a', n)))));

    private static readonly Gen<byte[]> Terminator = Gen.OneOf("\n"u8.ToArray(), "\n"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray());

    private static readonly Gen<ScanCase> Case = Gen.Select(
        Gen.Select(Line, Terminator, (l, t) => (Line: l, Terminator: t)).Array[0, 250], Gen.Bool, Gen.Bool,
        Gen.OneOf(60, 300, 3600), Gen.OneOf(1, 2, 3, 5), Gen.OneOf(16, 100, 4096),
        (lines, bom, lastNewline, interval, threads, block) =>
        {
            var data = new List<byte>();
            if (bom)
                data.AddRange("\uFEFF"u8.ToArray());
            for (var i = 0; i < lines.Length; i++)
            {
                data.AddRange(lines[i].Line);
                if (i < lines.Length - 1 || lastNewline)
                    data.AddRange(lines[i].Terminator);
            }
            return new ScanCase([.. data], interval, threads, block);
        });

    private sealed record Scanned(EvidenceAggregate Aggregate, MalformedTally Tally, long Lines);

    /// <summary>The record path, as the analyzer reads a stream: every line through the reader, records into the aggregate.</summary>
    private static Scanned Records(byte[] data, int interval, int maxLine)
    {
        var aggregate = new EvidenceAggregate(interval);
        var tally = new MalformedTally();
        long lines = 0;
        using var input = LogInput.FromStream("x.log", new MemoryStream(data));
        foreach (var o in new CombinedAccessLogReader().Read(input, LogParseContext.Default with { MaxLineBytes = maxLine }))
        {
            lines++;
            if (o.Result.IsMalformed)
                tally.Add(o.Result.MalformedReason!, "x.log", o.LineNumber, o.Text);
            foreach (var r in o.Result.Records)
                aggregate.Add(r);
        }
        return new Scanned(aggregate, tally, lines);
    }

    /// <summary>The parallel path over the same bytes as a file.</summary>
    private static Scanned Parallel(byte[] data, int interval, int threads, int block, int maxLine)
    {
        var path = Path.Combine(Path.GetTempPath(), $"debrief-scan-{Guid.NewGuid():N}.log");
        File.WriteAllBytes(path, data);
        try
        {
            var aggregate = new EvidenceAggregate(interval);
            var tally = new MalformedTally();
            using var handle = File.OpenHandle(path);
            var r = ParallelRequestScanner.Scan<CombinedLogLine>(new PlainFile(handle, data.Length), aggregate, tally,
                new ScanSettings("x.log", threads, MinParallelBytes: 0, BlockBytes: block, MaxLineBytes: maxLine));
            return new Scanned(aggregate, tally, r.Lines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertSame(Scanned slow, Scanned fast)
    {
        Assert.Equal(slow.Lines, fast.Lines);
        Assert.Equal(slow.Tally.Total, fast.Tally.Total);
        Assert.Equal(slow.Tally.Reasons.Select(r => (r.Reason, r.Count, string.Join("|", r.Samples.Select(s => $"{s.Input}:{s.Line}:{s.Text}")))),
                     fast.Tally.Reasons.Select(r => (r.Reason, r.Count, string.Join("|", r.Samples.Select(s => $"{s.Input}:{s.Line}:{s.Text}")))));
        Assert.Equal(slow.Aggregate.AlignOffsetMinutes, fast.Aggregate.AlignOffsetMinutes);
        Assert.Equal(slow.Aggregate.Requests, fast.Aggregate.Requests);
        Assert.Equal(slow.Aggregate.FirstRequestSecond, fast.Aggregate.FirstRequestSecond);
        Assert.Equal(slow.Aggregate.LastRequestSecond, fast.Aggregate.LastRequestSecond);
        Assert.Equal(slow.Aggregate.Buckets.Keys.Order(), fast.Aggregate.Buckets.Keys.Order());
        foreach (var (key, s) in slow.Aggregate.Buckets)
        {
            var f = fast.Aggregate.Buckets[key];
            Assert.Equal((key, s.Requests, s.ServerErrors, s.ClientErrors, s.Clients.Count, s.ErrorClients?.Count, s.LatencyCount, s.FirstErrorSecond, s.OffsetMinutes),
                         (key, f.Requests, f.ServerErrors, f.ClientErrors, f.Clients.Count, f.ErrorClients?.Count, f.LatencyCount, f.FirstErrorSecond, f.OffsetMinutes));
            Assert.Equal(s.FailingPaths?.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(), f.FailingPaths?.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
            Assert.Equal(s.Latency, f.Latency);
        }
    }

    [Fact]
    public void On_random_lines_the_parallel_scan_counts_what_the_record_reader_counts() =>
        Case.Sample(c => AssertSame(Records(c.Data, c.Interval, MaxLine), Parallel(c.Data, c.Interval, c.Threads, c.BlockBytes, MaxLine)),
            iter: 300, threads: 1, print: c => c.ToString());

    /// <summary>A realistic mixed log: two offsets, IPv6 clients, escaped quotes, CR line ends, malformed lines, a BOM.</summary>
    private static byte[] MixedLog()
    {
        var sb = new StringBuilder("\uFEFF");
        var start = new DateTime(2025, 3, 14, 23, 30, 0);
        string[] requests = ["GET /api/cart?id=7 HTTP/1.1", "POST /checkout HTTP/2.0", "-", "\\x16\\x03\\x01", "GET /a\\\"b HTTP/1.1"];
        for (var i = 0; i < 20000; i++)
        {
            var t = start.AddSeconds(i * 0.27);
            var status = (i / 600) % 5 == 3 && i % 2 == 0 ? 502 : i % 17 == 0 ? 404 : 200;
            var zone = i < 10000 ? "+0100" : "+0200";
            var ip = i % 50 == 0 ? $"2001:db8::{i % 97:x}" : $"10.{i % 7}.{i % 251}.{i % 13}";
            var tail = (i % 3) switch
            {
                0 => $" \"https://example.com/\" \"Mozilla/5.0 (X11)\" {(i % 11) * 0.013:0.000} -",
                1 => " \"-\" \"curl/8\"",
                _ => "",
            };
            sb.Append(CultureInfo.InvariantCulture, $"{ip} - - [{t:dd/MMM/yyyy:HH:mm:ss} {zone}] \"{requests[i % requests.Length]}\" {status} {i % 5000}{tail}{(i % 9 == 0 ? "\r" : "")}\n");
            switch (i % 997)
            {
                case 5: sb.Append("10.0.0.1 - - [14/Mar/2025:13:47:0\n"); break;
                case 6: sb.Append("\u0000\u0000\u00ff garbage\n"); break;
                case 7: sb.Append("10.0.0.2 - - [32/Mar/2025:13:47:02 +0100] \"GET / HTTP/1.1\" 200 1\n"); break;
                case 8: sb.Append('\n'); break;
                case 9: sb.Append("10.0.0.3 - - [14/Mar/2025:13:47:02 +0100] \"GET / HTTP/1.1\" 20 1\n"); break;
            }
        }
        sb.Append("10.9.9.9 - - [15/Mar/2025:01:00:00 +0200] \"GET /last HTTP/1.1\" 503 1");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void On_a_realistic_log_the_parallel_scan_equals_the_record_reader(int threads)
    {
        var data = MixedLog();
        var slow = Records(data, 60, BlockLineReader.MaxLineBytes);
        AssertSame(slow, Parallel(data, 60, threads, BlockLineReader.MaxLineBytes, BlockLineReader.MaxLineBytes));
        Assert.True(slow.Tally.Total >= 50, $"{slow.Tally.Total} malformed");
        Assert.True(slow.Aggregate.Buckets.Values.Sum(b => b.ServerErrors) > 1000);
    }

    [Fact]
    public void The_analyzer_gives_the_same_report_with_and_without_the_parallel_scan()
    {
        var path = Path.Combine(Path.GetTempPath(), $"debrief-mixed-{Guid.NewGuid():N}.log");
        File.WriteAllBytes(path, MixedLog());
        try
        {
            var fast = EvidenceRun.Files([path], new AnalysisOptions { Threads = 3 });
            var slow = EvidenceRun.Files([path], new AnalysisOptions { FastPath = false });
            Assert.Equal(DebriefJson.Write(EvidenceReportJson.From(slow)), DebriefJson.Write(EvidenceReportJson.From(fast)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Compacted_client_sets_keep_their_members()
    {
        var set = new ClientHashSet();
        for (uint i = 1; i <= 1000; i++)
            set.Add(i * 7919);
        set.Compact();
        Assert.Equal(1000, set.Count);
        set.Add(7919);
        set.Add(3);
        Assert.Equal(1001, set.Count);
        var other = new ClientHashSet();
        other.UnionWith(set);
        Assert.Equal(1001, other.Count);
    }
}
