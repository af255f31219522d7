// Sample table of the git log reader: a commit's record sits on its "commit" line.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class GitLogSamples : SampleTable
{
    public override string Reader => "gitlog";

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("commit 3f2a9c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f", "2025-03-14T13:43:10+01:00",
            Text: "Change 3f2a9c1d by Chen Li: Switch to the new connection pool", Kind: EvidenceEventKind.Deploy),
        new("Author: Chen Li <chen@example.com>"),
        new("Date:   Fri Mar 14 13:43:10 2025 +0100"),
        new(""),
        new("    Switch to the new connection pool"),
        new(""),
        new("commit 9e8d7c6b5a4f3f2a9c1d0e8b7a6f5e4d3c2b1a0f", "2025-03-14T09:00:00+00:00", Text: "Revert", Kind: EvidenceEventKind.Deploy),
        new("Author: Gus <gus@example.com>"),
        new("Date:   2025-03-14 09:00:00 +0000"),
        new(""),
        new("    Revert \"Switch to the new connection pool\""),
        new("commit 1111111111111111111111111111111111111111", Bad: "bad date"),
        new("Date:   sometime"),
        new("commit 2222222222222222222222222222222222222222", Bad: "commit without date"),
    ];
}
