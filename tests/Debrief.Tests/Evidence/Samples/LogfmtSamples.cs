// Sample table of the logfmt reader.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class LogfmtSamples : SampleTable
{
    public override string Reader => "logfmt";

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("ts=2025-03-14T12:47:02Z level=error msg=\"upstream timed out\" caller=proxy.go:88", "2025-03-14T12:47:02+00:00",
            Text: "upstream timed out", Severity: MessageSeverity.Error),
        new("time=\"2025-03-14T13:47:03+01:00\" method=GET path=/api/cart?id=7 status=502 duration=0.250 remote_addr=10.0.0.7", "2025-03-14T13:47:03+01:00",
            Status: 502, Client: "10.0.0.7", Method: "GET", Path: "/api/cart", Latency: 0.25),
        new("ts=2025-03-14T12:47:04Z level=info msg=\"retrying \\\"db\\\" connection\" attempt=2", "2025-03-14T12:47:04+00:00",
            Text: "retrying \"db\" connection", Severity: MessageSeverity.Info),
        new("level=warn msg=\"no time here\"", Bad: "no time field"),
        new("ts=2025-03-14T12:47:05Z msg=\"unclosed", Bad: "unclosed quote"),
        new("ts=yesterday level=error msg=x", Bad: "bad time"),
        new("this is free text with a=b in it", Bad: "not logfmt"),
        new(""),
    ];
}
