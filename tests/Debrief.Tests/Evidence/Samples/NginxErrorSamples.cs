// Sample table of the nginx error.log reader.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class NginxErrorSamples : SampleTable
{
    public override string Reader => "nginx-error";

    public override LogParseContext Context => base.Context with { DefaultOffset = TimeSpan.FromHours(1) };

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("2025/03/14 13:47:02 [error] 812#812: *1234 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 1.2.3.4",
            "2025-03-14T13:47:02+01:00", Text: "upstream timed out", Severity: MessageSeverity.Error, Origin: "nginx"),
        new("2025/03/14 13:47:03 [notice] 1#1: signal 1 (SIGHUP) received", "2025-03-14T13:47:03+01:00", Severity: MessageSeverity.Notice, Text: "signal 1"),
        new("2025/13/14 13:47:03 [error] 1#1: x", Bad: "bad time"),
        new("2025/03/14 13:47:03 [loud] 1#1: x", Bad: "unknown level"),
        new("upstream timed out", Bad: "no time"),
    ];
}
