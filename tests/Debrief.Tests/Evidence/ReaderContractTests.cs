// One contract, every reader: each format's own table of sample lines runs through the same tests.
using Debrief.Evidence;
using Debrief.Evidence.Readers;

namespace Debrief.Tests.Evidence;

public sealed class ReaderContractTests
{
    /// <summary>A sample line and what the reader must make of it: a record at a time (ISO), a malformed reason, or nothing.</summary>
    public sealed record Sample(string Line, string? Time = null, string? Bad = null, int? Status = null, string? Text = null);

    public sealed record Table(string Reader, Sample[] Samples, LogParseContext? Context = null, bool Sniffable = true)
    {
        public override string ToString() => Reader;
    }

    private static readonly LogParseContext Plus1 = new() { DefaultOffset = TimeSpan.FromHours(1), DefaultYear = 2025 };

    public static TheoryData<Table> Tables() =>
    [
        new("combined",
        [
            new("203.0.113.7 - - [14/Mar/2025:13:47:02 +0100] \"GET /api/cart?x=1 HTTP/1.1\" 502 157 \"-\" \"curl/8.0\"", "2025-03-14T13:47:02+01:00", Status: 502),
            new("203.0.113.8 - bob [14/Mar/2025:13:47:03 +0100] \"POST /login HTTP/1.1\" 200 15", "2025-03-14T13:47:03+01:00", Status: 200),
            new("10.0.0.1 - - [14/Mar/2025:13:47:04 +0100] \"GET / HTTP/2.0\" 200 5 \"-\" \"ua\" 0.250 0.249", "2025-03-14T13:47:04+01:00", Status: 200),
            new("10.0.0.2 - - [14/Mar/2025:13:47:05 +0100] \"-\" 400 0 \"-\" \"-\"", "2025-03-14T13:47:05+01:00", Status: 400),
            new("10.0.0.3 - - [14/Mar/2025:13:47:06 +0100] \"GET /trunc", Bad: "no status"),
            new("10.0.0.4 - - [31/Feb/2025:13:47:06 +0100] \"GET / HTTP/1.1\" 200 1", Bad: "bad time"),
            new("\u0001\u0002garbage", Bad: "no client"),
            new(""),
        ]),
        new("nginx-format",
        [
            new("198.51.100.2 [14/Mar/2025:10:00:00 +0000] \"GET /a HTTP/1.1\" 504 rt=60.001 urt=60.000", "2025-03-14T10:00:00+00:00", Status: 504),
            new("198.51.100.3 [14/Mar/2025:10:00:01 +0000] \"GET /b HTTP/1.1\" 200 rt=0.010 urt=-", "2025-03-14T10:00:01+00:00", Status: 200),
            new("198.51.100.3 [14/Mar/2025:10:00:01 +0000] \"GET /b HTTP/1.1\" OK rt=0.010 urt=-", Bad: "bad status"),
            new("198.51.100.3 14/Mar/2025", Bad: "truncated"),
        ], new LogParseContext { LogFormat = "$remote_addr [$time_local] \"$request\" $status rt=$request_time urt=$upstream_response_time" }),
        new("nginx-error",
        [
            new("2025/03/14 13:47:02 [error] 812#812: *1234 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 1.2.3.4", "2025-03-14T13:47:02+01:00", Text: "upstream timed out"),
            new("2025/03/14 13:47:03 [notice] 1#1: signal 1 (SIGHUP) received", "2025-03-14T13:47:03+01:00"),
            new("2025/13/14 13:47:03 [error] 1#1: x", Bad: "bad time"),
            new("2025/03/14 13:47:03 [loud] 1#1: x", Bad: "unknown level"),
        ], Plus1),
        new("apache-error",
        [
            new("[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6", "2005-12-04T04:47:44+01:00", Text: "mod_jk child"),
            new("[Wed Oct 11 14:32:52.123456 2017] [core:error] [pid 35708:tid 4328636416] [client 72.15.99.187] File does not exist: /usr/local/apache2/htdocs/favicon.ico", "2017-10-11T14:32:52+01:00", Text: "File does not exist"),
            new("[Sun Dec 04 25:47:44 2005] [error] x", Bad: "bad time"),
            new("no brackets here", Bad: "no time"),
        ], Plus1),
        new("syslog5424",
        [
            new("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"Application\"] An application event", "2003-10-11T22:14:15+00:00", Text: "An application event"),
            new("<11>1 2025-03-14T13:47:02+01:00 web1 nginx 812 - - worker process exited on signal 11", "2025-03-14T13:47:02+01:00", Text: "worker process exited"),
            new("<11>1 - web1 nginx 812 - - no time", Bad: "bad time"),
            new("<999>1 2025-03-14T13:47:02Z h a - - - x", Bad: "bad priority"),
        ]),
        new("syslog",
        [
            new("Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0", "2025-06-14T15:16:01+01:00", Text: "authentication failure"),
            new("Jul  7 09:05:00 web1 kernel: Out of memory: Kill process 812 (php-fpm)", "2025-07-07T09:05:00+01:00", Text: "Out of memory"),
            new("Foo 14 15:16:01 combo x: y", Bad: "bad time"),
            new("Jun 14", Bad: "no time"),
        ], Plus1),
        new("jsonl",
        [
            new("{\"ts\":\"2025-03-14T13:47:02+01:00\",\"status\":503,\"remote_addr\":\"1.2.3.4\",\"uri\":\"/x?y\",\"request_time\":0.5}", "2025-03-14T13:47:02+01:00", Status: 503),
            new("{\"time\":1741956422,\"level\":\"error\",\"msg\":\"db down\"}", "2025-03-14T12:47:02+00:00", Text: "db down"),
            new("{\"status\":200}", Bad: "no time field"),
            new("{not json", Bad: "invalid JSON"),
        ]),
        new("alertmanager",
        [
            new("{\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"HighErrorRate\",\"severity\":\"critical\"},\"annotations\":{\"summary\":\"5xx high\"},\"startsAt\":\"2025-03-14T12:51:00Z\",\"endsAt\":\"0001-01-01T00:00:00Z\"}]}", "2025-03-14T12:51:00+00:00", Text: "HighErrorRate"),
            new("{\"status\":\"resolved\",\"alerts\":[{\"status\":\"resolved\",\"labels\":{\"alertname\":\"HighErrorRate\"},\"startsAt\":\"2025-03-14T12:51:00Z\",\"endsAt\":\"2025-03-14T13:30:00Z\"}]}", "2025-03-14T12:51:00+00:00", Text: "HighErrorRate"),
            new("{\"status\":\"firing\"}", Bad: "not an Alertmanager payload"),
        ]),
        new("deploys",
        [
            new("time,service,version,author,description"),
            new("2025-03-14T13:43:10+01:00,shop-api,v2.32.0,chen,\"Switch pool, keepalive off\"", "2025-03-14T13:43:10+01:00", Text: "Switch pool, keepalive off"),
            new("yesterday,shop-api,v1,chen,x", Bad: "bad time"),
        ]),
        new("gitlog",
        [
            new("commit 3f2a9c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f", "2025-03-14T13:43:10+01:00", Text: "Switch to the new connection pool"),
            new("Author: Chen Li <chen@example.com>"),
            new("Date:   Fri Mar 14 13:43:10 2025 +0100"),
            new(""),
            new("    Switch to the new connection pool"),
            new(""),
            new("commit 9e8d7c6b5a4f3f2a9c1d0e8b7a6f5e4d3c2b1a0f", "2025-03-14T09:00:00+00:00", Text: "Revert"),
            new("Author: Gus <gus@example.com>"),
            new("Date:   2025-03-14 09:00:00 +0000"),
            new(""),
            new("    Revert \"Switch to the new connection pool\""),
            new("commit 1111111111111111111111111111111111111111", Bad: "bad date"),
            new("Date:   sometime"),
        ]),
        new("delimited",
        [
            new("host\tlogname\ttime\tmethod\turl\tresponse\tbytes"),
            new("pppa006.compuserve.com\t-\t807256800\tGET\t/images/launch-logo.gif\t200\t1713", "1995-08-01T06:00:00+00:00", Status: 200),
            new("x\t-\tnot-a-time\tGET\t/\t200\t1", Bad: "bad time"),
        ], Sniffable: true),
    ];

    private static (ILogReader Reader, List<LineOutcome> Outcomes, string Path) ReadTable(Table table)
    {
        var reader = ReaderCatalog.ByName(table.Reader);
        var path = Path.Combine(Path.GetTempPath(), $"debrief-contract-{Guid.NewGuid():N}.log");
        File.WriteAllText(path, string.Join("\n", table.Samples.Select(s => s.Line)) + "\n");
        var context = (table.Context ?? LogParseContext.Default) with { DefaultYear = 2025 };
        try
        {
            return (reader, reader.Read(LogInput.Open(path), context).ToList(), path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_sample_line_gives_its_expected_outcome(Table table)
    {
        var (_, outcomes, _) = ReadTable(table);
        for (var i = 0; i < table.Samples.Length; i++)
        {
            var sample = table.Samples[i];
            var outcome = outcomes.FirstOrDefault(o => o.LineNumber == i + 1);
            if (sample.Bad is not null)
            {
                Assert.True(outcome.Result.IsMalformed, $"line {i + 1} should be malformed: {sample.Line}");
                Assert.Equal(sample.Bad, outcome.Result.MalformedReason);
            }
            else if (sample.Time is not null)
            {
                Assert.False(outcome.Result.IsMalformed, $"line {i + 1}: {outcome.Result.MalformedReason}: {sample.Line}");
                var record = Assert.Single(outcome.Result.Records);
                Assert.Equal(DateTimeOffset.Parse(sample.Time, System.Globalization.CultureInfo.InvariantCulture), record.Time.AddTicks(-(record.Time.Ticks % TimeSpan.TicksPerSecond)));
                Assert.Equal(TimeSpan.Parse(sample.Time[^6..].TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture) * (sample.Time[^6] == '-' ? -1 : 1), record.Time.Offset);
                if (sample.Status is int status)
                    Assert.Equal(status, Assert.IsType<RequestRecord>(record).Status);
                if (sample.Text is { } text)
                    Assert.Contains(text, record switch { MessageRecord m => m.Text, EventRecord e => e.Text, _ => "" }, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(outcome.Text is null || outcome.Result.IsIgnored, $"line {i + 1} should be ignored");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Sniffing_the_good_lines_picks_the_reader(Table table)
    {
        var good = string.Join("\n", table.Samples.Where(s => s.Bad is null && s.Line.Length > 0).Select(s => s.Line)) + "\n";
        var path = Path.Combine(Path.GetTempPath(), $"debrief-sniff-{Guid.NewGuid():N}.log");
        File.WriteAllText(path, good);
        try
        {
            var input = LogInput.Open(path);
            var detected = ReaderCatalog.Detect(input.Sample(), (table.Context ?? LogParseContext.Default) with { DefaultYear = 2025 });
            Assert.Equal(table.Reader, detected?.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Malformed_lines_never_throw_and_never_yield_records(Table table)
    {
        var (_, outcomes, _) = ReadTable(table);
        Assert.All(outcomes.Where(o => o.Result.IsMalformed), o => Assert.Empty(o.Result.Records));
    }

    [Fact]
    public void Reader_names_are_unique() =>
        Assert.Equal(ReaderCatalog.All.Count, ReaderCatalog.Names.Distinct().Count());
}
