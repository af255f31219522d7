// Sample table of the BSD (RFC 3164) syslog reader.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class SyslogSamples : SampleTable
{
    public override string Reader => "syslog";

    public override LogParseContext Context => base.Context with { DefaultOffset = TimeSpan.FromHours(1) };

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("Jun 14 15:16:01 combo sshd(pam_unix)[19939]: authentication failure; logname= uid=0", "2025-06-14T15:16:01+01:00",
            Text: "authentication failure", Severity: MessageSeverity.Error, Origin: "sshd(pam_unix)[19939]"),
        new("Jul  7 09:05:00 web1 kernel: Out of memory: Kill process 812 (php-fpm)", "2025-07-07T09:05:00+01:00", Text: "Out of memory", Origin: "kernel"),
        new("<13>Jun 14 15:16:02 combo cron[1]: job started", "2025-06-14T15:16:02+01:00", Text: "job started", Severity: MessageSeverity.Notice),
        new("Foo 14 15:16:01 combo x: y", Bad: "bad time"),
        new("Jun 14", Bad: "no time"),
    ];
}
