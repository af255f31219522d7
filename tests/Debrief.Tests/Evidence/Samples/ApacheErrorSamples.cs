// Sample table of the Apache error_log reader (2.2 and 2.4 styles).
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class ApacheErrorSamples : SampleTable
{
    public override string Reader => "apache-error";

    public override LogParseContext Context => base.Context with { DefaultOffset = TimeSpan.FromHours(1) };

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6", "2005-12-04T04:47:44+01:00",
            Text: "mod_jk child", Severity: MessageSeverity.Error, Origin: "apache"),
        new("[Wed Oct 11 14:32:52.123456 2017] [core:error] [pid 35708:tid 4328636416] [client 72.15.99.187] File does not exist: /usr/local/apache2/htdocs/favicon.ico",
            "2017-10-11T14:32:52+01:00", Text: "File does not exist", Origin: "core"),
        new("[Sun Dec 04 04:47:45 2005] [notice] jk2_init() Found child 6725 in scoreboard slot 10", "2005-12-04T04:47:45+01:00", Severity: MessageSeverity.Notice),
        new("[Sun Dec 04 25:47:44 2005] [error] x", Bad: "bad time"),
        new("[Sun Dec 04 04:47:44 2005] [shouting] x", Bad: "unknown level"),
        new("no brackets here", Bad: "no time"),
    ];
}
