// Action-item tables: every column read once, in parsing, so `show` and `lint` agree on owners, due dates and types.
using Debrief.Elements;
using Debrief.Linting;
using Debrief.Linting.Profiles;
using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

public sealed class ActionItemColumnsTests
{
    private const string ResponsibleTable = """
        # Queue backlog

        ## Action Items

        | Action | Responsible | Deadline | Category | Tracking | Priority |
        | --- | --- | --- | --- | --- | --- |
        | Add an alert on queue depth | @alice | 2024-05-01 | detect | OPS-12 | P1 |
        | Cap the retry rate of the workers | Platform team | 2024-05-15 | prevent | OPS-13 | P2 |
        """;

    [Fact]
    public void A_responsible_column_is_the_owner_for_show_and_for_lint()
    {
        var document = PostmortemParser.Parse(ResponsibleTable);
        Assert.Equal(["@alice", "Platform team"], document.ActionItems.Select(a => a.Owner));
        Assert.Equal([new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 15)], document.ActionItems.Select(a => a.Due));
        Assert.Equal(["detect", "prevent"], document.ActionItems.Select(a => a.Type));
        Assert.Equal(["OPS-12", "OPS-13"], document.ActionItems.Select(a => a.Ticket));
        Assert.Equal(["Add an alert on queue depth", "Cap the retry rate of the workers"], document.ActionItems.Select(a => a.Text));

        var lint = new Linter().Lint(document, ElementDetector.Detect(document), BuiltInProfiles.Sre);
        Assert.DoesNotContain(lint.Diagnostics, d => d.Rule == "DB061");
    }
}
