// The workflow state machine: which steps each status allows.
using Debrief.Archive.Model;
using Debrief.Archive.Workflow;

namespace Debrief.Archive.Tests.Workflow;

public sealed class WorkflowRulesTests
{
    [Fact]
    public void Each_status_allows_its_steps_only()
    {
        Assert.Equal([WorkflowAction.Submit], WorkflowRules.Allowed(ArchiveStatus.Draft));
        Assert.Equal([WorkflowAction.Approve, WorkflowAction.RequestChanges, WorkflowAction.Publish], WorkflowRules.Allowed(ArchiveStatus.InReview));
        Assert.Equal([WorkflowAction.Unpublish], WorkflowRules.Allowed(ArchiveStatus.Published));
        Assert.Null(WorkflowRules.Target(WorkflowAction.Publish, ArchiveStatus.Draft));
    }

    [Fact]
    public void Step_names_round_trip()
    {
        foreach (var action in Enum.GetValues<WorkflowAction>())
            Assert.Equal(action, WorkflowRules.Parse(action.ToDb()));
        Assert.Equal(WorkflowAction.RequestChanges, WorkflowRules.Parse("request-changes"));
        Assert.Null(WorkflowRules.Parse("merge"));
    }
}
