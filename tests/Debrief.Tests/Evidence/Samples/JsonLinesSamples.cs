// Sample table of the JSON lines reader (default field names).
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class JsonLinesSamples : SampleTable
{
    public override string Reader => "jsonl";

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("{\"ts\":\"2025-03-14T13:47:02+01:00\",\"status\":503,\"remote_addr\":\"1.2.3.4\",\"uri\":\"/x?y\",\"request_time\":0.5}", "2025-03-14T13:47:02+01:00",
            Status: 503, Client: "1.2.3.4", Path: "/x", Latency: 0.5),
        new("{\"time\":1741956422,\"level\":\"error\",\"msg\":\"db down\"}", "2025-03-14T12:47:02+00:00", Text: "db down", Severity: MessageSeverity.Error),
        new("{\"status\":200}", Bad: "no time field"),
        new("{not json", Bad: "invalid JSON"),
        new("[1, 2]", Bad: "not a JSON object"),
    ];
}
