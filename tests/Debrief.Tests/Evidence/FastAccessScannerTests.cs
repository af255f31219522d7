// The fast path and the line reader are one format: the same file gives the same report, in one chunk or many.
using System.Globalization;
using System.Text;
using Debrief.Evidence;

namespace Debrief.Tests.Evidence;

public sealed class FastAccessScannerTests
{
    private static string WriteMixedLog()
    {
        var sb = new StringBuilder();
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
                case 5: sb.Append("10.0.0.1 - - [14/Mar/2025:13:47:0"); sb.Append('\n'); break;
                case 6: sb.Append("\u0000\u0000\u00ff garbage\n"); break;
                case 7: sb.Append(CultureInfo.InvariantCulture, $"10.0.0.2 - - [32/Mar/2025:13:47:02 +0100] \"GET / HTTP/1.1\" 200 1\n"); break;
                case 8: sb.Append('\n'); break;
                case 9: sb.Append("10.0.0.3 - - [14/Mar/2025:13:47:02 +0100] \"GET / HTTP/1.1\" 20 1\n"); break;
            }
        }
        sb.Append("10.9.9.9 - - [15/Mar/2025:01:00:00 +0200] \"GET /last HTTP/1.1\" 503 1");
        var path = Path.Combine(Path.GetTempPath(), $"debrief-fast-{Guid.NewGuid():N}.log");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(true));
        return path;
    }

    private static (EvidenceAggregate Aggregate, MalformedTally Tally, long Lines) Fast(string path, int threads)
    {
        var aggregate = new EvidenceAggregate();
        var tally = new MalformedTally();
        var r = FastAccessScanner.Scan(path, aggregate, tally, "x.log", threads, minParallelBytes: 0);
        return (aggregate, tally, r.Lines);
    }

    private static (EvidenceAggregate Aggregate, MalformedTally Tally, long Lines) Slow(string path)
    {
        var aggregate = new EvidenceAggregate();
        var tally = new MalformedTally();
        long lines = 0;
        foreach (var o in new Debrief.Evidence.Readers.CombinedAccessLogReader().Read(LogInput.Open(path), LogParseContext.Default))
        {
            lines++;
            if (o.Result.IsMalformed)
                tally.Add(o.Result.MalformedReason!, "x.log", o.LineNumber, o.Text);
            foreach (var rec in o.Result.Records)
                aggregate.Add(rec);
        }
        return (aggregate, tally, lines);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Fast_path_equals_the_line_reader(int threads)
    {
        var path = WriteMixedLog();
        try
        {
            var slow = Slow(path);
            var fast = Fast(path, threads);
            Assert.Equal(slow.Lines, fast.Lines);
            Assert.Equal(slow.Tally.Total, fast.Tally.Total);
            Assert.Equal(slow.Tally.Reasons.Select(r => (r.Reason, r.Count, string.Join(",", r.Samples.Select(s => s.Line)))),
                         fast.Tally.Reasons.Select(r => (r.Reason, r.Count, string.Join(",", r.Samples.Select(s => s.Line)))));
            Assert.Equal(slow.Aggregate.Requests, fast.Aggregate.Requests);
            Assert.Equal(slow.Aggregate.FirstRequestSecond, fast.Aggregate.FirstRequestSecond);
            Assert.Equal(slow.Aggregate.LastRequestSecond, fast.Aggregate.LastRequestSecond);
            Assert.Equal(slow.Aggregate.Buckets.Keys.Order(), fast.Aggregate.Buckets.Keys.Order());
            foreach (var (key, s) in slow.Aggregate.Buckets)
            {
                var f = fast.Aggregate.Buckets[key];
                Assert.Equal((s.Requests, s.ServerErrors, s.ClientErrors, s.Clients.Count, s.ErrorClients?.Count, s.LatencyCount, s.FirstErrorSecond, s.OffsetMinutes),
                             (f.Requests, f.ServerErrors, f.ClientErrors, f.Clients.Count, f.ErrorClients?.Count, f.LatencyCount, f.FirstErrorSecond, f.OffsetMinutes));
                Assert.Equal(s.FailingPaths?.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(), f.FailingPaths?.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
                Assert.Equal(s.Latency, f.Latency);
            }
            Assert.True(slow.Tally.Total >= 50, $"{slow.Tally.Total} malformed");
            Assert.True(slow.Aggregate.Buckets.Values.Sum(b => b.ServerErrors) > 1000);
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
