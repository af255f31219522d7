// Sample table of the deploy-events CSV reader.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class DeploySamples : SampleTable
{
    public override string Reader => "deploys";

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("time,service,version,author,description"),
        new("2025-03-14T13:43:10+01:00,shop-api,v2.32.0,chen,\"Switch pool, keepalive off\"", "2025-03-14T13:43:10+01:00",
            Text: "Deploy shop-api v2.32.0 by chen: Switch pool, keepalive off", Kind: EvidenceEventKind.Deploy),
        new("yesterday,shop-api,v1,chen,x", Bad: "bad time"),
    ];
}
