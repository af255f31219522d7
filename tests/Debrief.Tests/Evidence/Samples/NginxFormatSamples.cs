// Sample table of the custom nginx log_format reader.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class NginxFormatSamples : SampleTable
{
    public override string Reader => "nginx-format";

    public override LogParseContext Context => base.Context with
    {
        LogFormat = "$remote_addr [$time_local] \"$request\" $status rt=$request_time urt=$upstream_response_time",
    };

    // chosen by --log-format, never by sniffing (its lines may also read as combined)
    public override bool Sniffable => false;

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("198.51.100.2 [14/Mar/2025:10:00:00 +0000] \"GET /a HTTP/1.1\" 504 rt=60.001 urt=60.000", "2025-03-14T10:00:00+00:00",
            Status: 504, Client: "198.51.100.2", Method: "GET", Path: "/a", Latency: 60.001),
        new("198.51.100.3 [14/Mar/2025:10:00:01 +0000] \"GET /b HTTP/1.1\" 200 rt=0.010 urt=-", "2025-03-14T10:00:01+00:00", Status: 200, Latency: 0.010),
        new("198.51.100.3 [14/Mar/2025:10:00:01 +0000] \"GET /b HTTP/1.1\" OK rt=0.010 urt=-", Bad: "bad status"),
        new("198.51.100.3 [14/Mar/2025:99:00:01 +0000] \"GET /b HTTP/1.1\" 200 rt=0.010 urt=-", Bad: "bad time"),
        new("198.51.100.3 14/Mar/2025", Bad: "truncated"),
    ];
}
