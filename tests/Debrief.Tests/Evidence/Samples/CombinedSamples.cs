// Sample table of the combined/common access-log reader.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class CombinedSamples : SampleTable
{
    public override string Reader => "combined";

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("203.0.113.7 - - [14/Mar/2025:13:47:02 +0100] \"GET /api/cart?x=1 HTTP/1.1\" 502 157 \"-\" \"curl/8.0\"", "2025-03-14T13:47:02+01:00",
            Status: 502, Client: "203.0.113.7", Method: "GET", Path: "/api/cart"),
        new("203.0.113.8 - bob [14/Mar/2025:13:47:03 +0100] \"POST /login HTTP/1.1\" 200 15", "2025-03-14T13:47:03+01:00", Status: 200, Method: "POST", Path: "/login"),
        new("10.0.0.1 - - [14/Mar/2025:13:47:04 +0100] \"GET / HTTP/2.0\" 200 5 \"-\" \"ua\" 0.250 0.249", "2025-03-14T13:47:04+01:00", Status: 200, Latency: 0.25),
        new("10.0.0.2 - - [14/Mar/2025:13:47:05 +0100] \"-\" 400 0 \"-\" \"-\"", "2025-03-14T13:47:05+01:00", Status: 400, Client: "10.0.0.2"),
        new("2001:db8::1 - - [14/Mar/2025:13:47:06 -0500] \"GET /a\\\"b HTTP/1.1\" 503 1", "2025-03-14T13:47:06-05:00", Status: 503, Path: "/a\\\"b"),
        new("10.0.0.3 - - [14/Mar/2025:13:47:06 +0100] \"GET /trunc", Bad: "no status"),
        new("10.0.0.4 - - [31/Feb/2025:13:47:06 +0100] \"GET / HTTP/1.1\" 200 1", Bad: "bad time"),
        new("10.0.0.5 - - [14/Mar/2025:13:47:07 +0100] \"GET / HTTP/1.1\" 099 1", Bad: "bad status"),
        new("10.0.0.6 - - 14/Mar/2025:13:47:07 \"GET / HTTP/1.1\" 200 1", Bad: "no time"),
        new("10.0.0.7 - - [14/Mar/2025:13:47:07 +0100 \"GET / HTTP/1.1\" 200 1", Bad: "truncated"),
        new("10.0.0.8 - - [14/Mar/2025:13:47:07 +1459] \"GET / HTTP/1.1\" 200 1", Bad: "bad time"),
        new("10.0.0.9 - - [01/Jan/0001:00:00:00 +0100] \"GET / HTTP/1.1\" 200 1", Bad: "bad time"),
        new("\u0001\u0002garbage", Bad: "no client"),
        new(""),
    ];
}
