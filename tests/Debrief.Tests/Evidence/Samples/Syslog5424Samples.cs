// Sample table of the RFC 5424 syslog reader.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class Syslog5424Samples : SampleTable
{
    public override string Reader => "syslog5424";

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut=\"3\" eventSource=\"Application\"] An application event",
            "2003-10-11T22:14:15+00:00", Text: "An application event", Severity: MessageSeverity.Notice, Origin: "evntslog"),
        new("<11>1 2025-03-14T13:47:02+01:00 web1 nginx 812 - - worker process exited on signal 11", "2025-03-14T13:47:02+01:00",
            Text: "worker process exited", Severity: MessageSeverity.Error, Origin: "nginx"),
        new("<11>1 - web1 nginx 812 - - no time", Bad: "bad time"),
        new("<999>1 2025-03-14T13:47:02Z h a - - - x", Bad: "bad priority"),
        new("<11>2 2025-03-14T13:47:02Z h a - - - x", Bad: "not RFC 5424"),
    ];
}
