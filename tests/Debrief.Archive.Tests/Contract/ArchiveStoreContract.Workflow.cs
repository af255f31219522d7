// Contract: the review workflow (with the status written into front matter), approvals by someone else, comments.
using Debrief.Archive.Model;
using Debrief.Archive.Storage;
using Debrief.Archive.Workflow;

namespace Debrief.Archive.Tests.Contract;

public abstract partial class ArchiveStoreContract
{
    [Fact]
    public async Task Draft_goes_to_review_is_approved_by_someone_else_is_published_and_back_to_draft()
    {
        var pm = await CreateAsync("a.md", Doc("Reviewed outage"), Alice);
        var submitted = await Store.TransitionAsync(pm.Id, WorkflowAction.Submit, pm.CurrentRevisionId, Alice);
        Assert.Equal(WriteStatus.Saved, submitted.Status);
        Assert.Equal(ArchiveStatus.InReview, submitted.Postmortem!.Status);
        var text = (await Store.GetAsync(pm.Id))!.Current;
        Assert.Contains("status: in-review\n", text.Content, StringComparison.Ordinal);
        Assert.Equal(RevisionKind.Workflow, text.Kind);

        var selfApproval = await Store.TransitionAsync(pm.Id, WorkflowAction.Approve, text.Id, Alice);
        Assert.Equal(WriteStatus.NotAllowed, selfApproval.Status);
        var unapproved = await Store.TransitionAsync(pm.Id, WorkflowAction.Publish, text.Id, Bob);
        Assert.Equal(WriteStatus.NotAllowed, unapproved.Status);
        Assert.Contains("approval", unapproved.Error, StringComparison.Ordinal);

        var approved = await Store.TransitionAsync(pm.Id, WorkflowAction.Approve, text.Id, Bob, "looks right");
        Assert.Equal(WriteStatus.Saved, approved.Status);
        Assert.Equal(text.Id, approved.Postmortem!.CurrentRevisionId);
        var published = await Store.TransitionAsync(pm.Id, WorkflowAction.Publish, text.Id, Bob);
        Assert.Equal(ArchiveStatus.Published, published.Postmortem!.Status);
        Assert.Contains("status: published\n", (await Store.GetAsync(pm.Id))!.Current.Content, StringComparison.Ordinal);

        var reopened = await Store.TransitionAsync(pm.Id, WorkflowAction.Unpublish, published.Postmortem.CurrentRevisionId, Alice, "typo in the timeline");
        Assert.Equal(ArchiveStatus.Draft, reopened.Postmortem!.Status);
        var history = await Store.WorkflowHistoryAsync(pm.Id);
        Assert.Equal([WorkflowAction.Submit, WorkflowAction.Approve, WorkflowAction.Publish, WorkflowAction.Unpublish], history.Select(e => e.Action));
        Assert.Equal(["alice", "bob", "bob", "alice"], history.Select(e => e.Actor));
        Assert.Equal("typo in the timeline", history[^1].Note);
        // create, submit, publish, unpublish (an approval writes no revision)
        Assert.Equal(4, (await Store.RevisionsAsync(pm.Id)).Count);
    }

    [Fact]
    public async Task An_edit_after_approval_needs_a_new_approval_and_a_stale_step_is_a_conflict()
    {
        var pm = await CreateAsync("a.md", Doc("Edited in review"), Alice);
        var inReview = (await Store.TransitionAsync(pm.Id, WorkflowAction.Submit, pm.CurrentRevisionId, Alice)).Postmortem!;
        await Store.TransitionAsync(pm.Id, WorkflowAction.Approve, inReview.CurrentRevisionId, Bob);
        var current = (await Store.GetAsync(pm.Id))!.Current;
        var edited = await Store.UpdateAsync(pm.Id, current.Id, current.Content + "\nOne more fact.\n", Alice);
        Assert.Equal(WriteStatus.Saved, edited.Status);
        Assert.Equal(ArchiveStatus.InReview, edited.Postmortem!.Status);
        Assert.Equal(WriteStatus.Conflict, (await Store.TransitionAsync(pm.Id, WorkflowAction.Publish, inReview.CurrentRevisionId, Bob)).Status);
        Assert.Equal(WriteStatus.NotAllowed, (await Store.TransitionAsync(pm.Id, WorkflowAction.Publish, edited.Revision!.Id, Bob)).Status);
        Assert.Equal(WriteStatus.NotAllowed, (await Store.TransitionAsync(pm.Id, WorkflowAction.Unpublish, edited.Revision.Id, Bob)).Status);
        var back = await Store.TransitionAsync(pm.Id, WorkflowAction.RequestChanges, edited.Revision.Id, Bob, "needs the impact");
        Assert.Equal(ArchiveStatus.Draft, back.Postmortem!.Status);
    }

    [Fact]
    public async Task A_document_without_front_matter_gets_one_with_its_status_and_keeps_its_line_endings()
    {
        var text = "\uFEFF# Plain document\r\n\r\n## Summary\r\n\r\nSomething broke.\r\n";
        var pm = await CreateAsync("plain.md", text);
        var submitted = await Store.TransitionAsync(pm.Id, WorkflowAction.Submit, pm.CurrentRevisionId, Alice);
        var content = (await Store.GetAsync(pm.Id))!.Current.Content;
        Assert.Equal(ArchiveStatus.InReview, submitted.Postmortem!.Status);
        Assert.Equal("\uFEFF---\r\nstatus: in-review\r\n---\r\n" + text[1..], content);
    }

    [Fact]
    public async Task Workflow_options_can_allow_self_approval_or_publishing_without_approval()
    {
        var db = await NewDatabaseAsync();
        await using (var lenient = await ArchiveStores.OpenAsync(db, workflow: new WorkflowOptions { RequireApproval = false }))
        {
            var pm = (await lenient.CreateAsync("a.md", Doc("Quick"), Alice)).Postmortem!;
            var review = (await lenient.TransitionAsync(pm.Id, WorkflowAction.Submit, pm.CurrentRevisionId, Alice)).Postmortem!;
            Assert.Equal(ArchiveStatus.Published, (await lenient.TransitionAsync(pm.Id, WorkflowAction.Publish, review.CurrentRevisionId, Alice)).Postmortem!.Status);
        }
        await using var self = await ArchiveStores.OpenAsync(db, workflow: new WorkflowOptions { AllowSelfApproval = true });
        var other = (await self.CreateAsync("b.md", Doc("Solo team"), Alice)).Postmortem!;
        var inReview = (await self.TransitionAsync(other.Id, WorkflowAction.Submit, other.CurrentRevisionId, Alice)).Postmortem!;
        Assert.Equal(WriteStatus.Saved, (await self.TransitionAsync(other.Id, WorkflowAction.Approve, inReview.CurrentRevisionId, Alice)).Status);
        Assert.Equal(ArchiveStatus.Published, (await self.TransitionAsync(other.Id, WorkflowAction.Publish, inReview.CurrentRevisionId, Alice)).Postmortem!.Status);
    }

    [Fact]
    public async Task Comments_belong_to_a_revision_of_their_postmortem()
    {
        var pm = await CreateAsync("a.md", Doc("Commented"));
        var other = await CreateAsync("b.md", Doc("Other"));
        var comment = await Store.AddCommentAsync(pm.Id, pm.CurrentRevisionId, "Is 10:05 the page or the ack?", Bob, line: 14);
        Assert.NotNull(comment);
        Assert.Null(await Store.AddCommentAsync(pm.Id, other.CurrentRevisionId, "wrong revision", Bob));
        var list = await Store.CommentsAsync(pm.Id);
        var only = Assert.Single(list);
        Assert.Equal(("bob", 14, pm.CurrentRevisionId), (only.Author, only.Line, only.RevisionId));
        Assert.Equal("Is 10:05 the page or the ack?", only.Body);
    }
}
