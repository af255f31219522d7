// Sample table of the Alertmanager webhook reader (one payload per line).
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class AlertmanagerSamples : SampleTable
{
    public override string Reader => "alertmanager";

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("{\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"HighErrorRate\",\"severity\":\"critical\"},\"annotations\":{\"summary\":\"5xx high\"},\"startsAt\":\"2025-03-14T12:51:00Z\",\"endsAt\":\"0001-01-01T00:00:00Z\"}]}",
            "2025-03-14T12:51:00+00:00", Text: "Alert HighErrorRate (critical) fired: 5xx high", Kind: EvidenceEventKind.Alert),
        new("{\"status\":\"resolved\",\"alerts\":[{\"status\":\"resolved\",\"labels\":{\"alertname\":\"HighErrorRate\"},\"startsAt\":\"2025-03-14T12:51:00Z\",\"endsAt\":\"2025-03-14T13:30:00Z\"}]}",
            "2025-03-14T12:51:00+00:00", Text: "HighErrorRate", Kind: EvidenceEventKind.Alert, End: "2025-03-14T13:30:00+00:00"),
        new("{\"status\":\"firing\"}", Bad: "not an Alertmanager payload"),
        new("{\"status\":\"firing\",\"alerts\":[{\"status\":\"firing\",\"labels\":{}}]}", Bad: "alert without startsAt"),
    ];
}
