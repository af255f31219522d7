// The review workflow (submit, approve, request changes, publish, unpublish) and comments on revisions.
using System.Data.Common;
using Debrief.Archive.Documents;
using Debrief.Archive.Model;
using Debrief.Archive.Workflow;

namespace Debrief.Archive.Storage;

internal abstract partial class SqlArchiveStore
{
    public async Task<SaveResult> TransitionAsync(long postmortemId, WorkflowAction action, long baseRevisionId, Actor actor, string? note = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (action == WorkflowAction.Import)
            return SaveResult.Invalid("'import' is recorded by imports, not a step to take");
        // Read and rewrite the base revision before the transaction (the core's reading is slow); the transaction
        // then checks that the base is still current, so nothing written in between is lost.
        var baseRevision = await GetRevisionAsync(baseRevisionId, cancellationToken).ConfigureAwait(false);
        if (baseRevision is null || baseRevision.PostmortemId != postmortemId)
        {
            await using var probe = await OpenAsync(cancellationToken).ConfigureAwait(false);
            if (await ScalarLongAsync(probe, null, "SELECT count(*) FROM postmortems WHERE id = @id", cancellationToken, ("@id", postmortemId)).ConfigureAwait(false) == 0)
                return SaveResult.NotFound($"no postmortem {postmortemId}");
            await using var ptx = await BeginWriteAsync(probe, cancellationToken).ConfigureAwait(false);
            return await ConflictAsync(probe, ptx, postmortemId, cancellationToken).ConfigureAwait(false);
        }

        var now = Now();
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        var current = await LockCurrentAsync(c, tx, postmortemId, cancellationToken).ConfigureAwait(false);
        if (current is null)
            return SaveResult.NotFound($"no postmortem {postmortemId}");
        if (current.RevisionId != baseRevisionId)
            return await ConflictAsync(c, tx, postmortemId, cancellationToken).ConfigureAwait(false);
        var (summary, _) = await StateAsync(c, tx, postmortemId, cancellationToken).ConfigureAwait(false);
        if (WorkflowRules.Target(action, current.Status) is not { } target)
            return SaveResult.NotAllowed(summary, $"cannot {Words(action)} a postmortem that is {Words(current.Status)}; allowed: {string.Join(", ", WorkflowRules.Allowed(current.Status).Select(Words))}");

        var authors = await AuthorsAsync(c, tx, postmortemId, cancellationToken).ConfigureAwait(false);
        var isAuthor = authors.Contains(actor.Name);
        WorkflowEvent recorded;
        if (action == WorkflowAction.Approve)
        {
            if (isAuthor && !Workflow.AllowSelfApproval)
                return SaveResult.NotAllowed(summary, $"{actor.Name} wrote this postmortem and cannot approve it; a reviewer who did not write it must");
            recorded = await InsertEventAsync(c, tx, postmortemId, current.RevisionId, action, current.Status, target, actor, note, now, cancellationToken).ConfigureAwait(false);
            await AuditAsync(c, tx, now, actor, "workflow.approve", "postmortem", postmortemId, $"revision id {current.RevisionId}", cancellationToken).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            var (after, revision) = await StateAsync(c, null, postmortemId, cancellationToken).ConfigureAwait(false);
            return new SaveResult(WriteStatus.Saved, after, revision, Event: recorded);
        }
        if (action == WorkflowAction.Publish && Workflow.RequireApproval)
        {
            var approvers = await ApproversAsync(c, tx, postmortemId, current.RevisionId, cancellationToken).ConfigureAwait(false);
            if (!approvers.Any(a => Workflow.AllowSelfApproval || !authors.Contains(a)))
                return SaveResult.NotAllowed(summary, "publishing needs an approval of the current revision by a reviewer who did not write it");
        }

        AnalyzedText rewritten;
        try
        {
            var baseFacts = CoreDocuments.Analyze(baseRevision.Content);
            var text = FrontMatterStatusEditor.SetStatus(baseRevision.Content, baseFacts.FrontMatter, target);
            rewritten = new AnalyzedText(text, HashOf(text), CoreDocuments.Analyze(text));
        }
        catch (InvalidDocumentException e)
        {
            return SaveResult.Invalid($"the current revision cannot be read to set its status: {e.Message}", e.Line);
        }
        if (rewritten.Facts.Status != target)
            return SaveResult.Invalid($"the status line could not be set to '{target.ToFrontMatter()}' in the front matter");
        var revisionId = await AppendRevisionAsync(c, tx, postmortemId, current.Count + 1, rewritten, actor, RevisionKind.Workflow,
            note ?? $"{Words(action)}: {Words(current.Status)} → {Words(target)}", now, cancellationToken).ConfigureAwait(false);
        recorded = await InsertEventAsync(c, tx, postmortemId, revisionId, action, current.Status, target, actor, note, now, cancellationToken).ConfigureAwait(false);
        await AuditAsync(c, tx, now, actor, "workflow." + action.ToDb(), "postmortem", postmortemId, $"{current.Status.ToDb()} -> {target.ToDb()}, revision {current.Count + 1}", cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        var (final, finalRevision) = await StateAsync(c, null, postmortemId, cancellationToken).ConfigureAwait(false);
        return new SaveResult(WriteStatus.Saved, final, finalRevision, Event: recorded);
    }

    private static string Words(WorkflowAction action) => action.ToDb().Replace('_', ' ');

    private static string Words(ArchiveStatus status) => status.ToDb().Replace('_', ' ');

    /// <summary>Who wrote the postmortem: the authors of its edits, creation included (imports and status changes are not authorship).</summary>
    private async Task<HashSet<string>> AuthorsAsync(DbConnection c, DbTransaction tx, long postmortemId, CancellationToken ct)
    {
        var authors = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var command = Command(c, tx, "SELECT DISTINCT author FROM revisions WHERE postmortem_id = @id AND kind = 'edit'", ("@id", postmortemId));
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            authors.Add(r.GetString(0));
        return authors;
    }

    private async Task<List<string>> ApproversAsync(DbConnection c, DbTransaction tx, long postmortemId, long revisionId, CancellationToken ct)
    {
        var list = new List<string>();
        await using var command = Command(c, tx, "SELECT actor FROM workflow_events WHERE postmortem_id = @id AND revision_id = @rev AND action = 'approve'", ("@id", postmortemId), ("@rev", revisionId));
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            list.Add(r.GetString(0));
        return list;
    }

    protected async Task<WorkflowEvent> InsertEventAsync(DbConnection c, DbTransaction tx, long postmortemId, long revisionId, WorkflowAction action, ArchiveStatus from, ArchiveStatus to, Actor actor, string? note, DateTimeOffset now, CancellationToken ct)
    {
        var id = await ScalarLongAsync(c, tx,
            "INSERT INTO workflow_events (postmortem_id, revision_id, action, from_status, to_status, actor, note, created_at) VALUES (@pm, @rev, @action, @from, @to, @actor, @note, @now) RETURNING id", ct,
            ("@pm", postmortemId), ("@rev", revisionId), ("@action", action.ToDb()), ("@from", from.ToDb()), ("@to", to.ToDb()), ("@actor", actor.Name), ("@note", note), ("@now", now)).ConfigureAwait(false);
        return new WorkflowEvent(id, postmortemId, revisionId, action, from, to, actor.Name, note, now);
    }

    public async Task<IReadOnlyList<WorkflowEvent>> WorkflowHistoryAsync(long postmortemId, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(c, null,
            "SELECT id, postmortem_id, revision_id, action, from_status, to_status, actor, note, created_at FROM workflow_events WHERE postmortem_id = @id ORDER BY id", ("@id", postmortemId));
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<WorkflowEvent>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new WorkflowEvent(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2),
                WorkflowRules.Parse(r.GetString(3)) ?? throw new InvalidDataException($"unknown workflow action '{r.GetString(3)}'"),
                ArchiveStatuses.FromDb(r.GetString(4)), ArchiveStatuses.FromDb(r.GetString(5)), r.GetString(6), NullableString(r, 7), ReadTime(r, 8)));
        }
        return list;
    }

    public async Task<Comment?> AddCommentAsync(long postmortemId, long revisionId, string body, Actor actor, int? line = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        ArgumentNullException.ThrowIfNull(actor);
        var now = Now();
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        if (await ScalarLongAsync(c, tx, "SELECT count(*) FROM revisions WHERE id = @rev AND postmortem_id = @pm", cancellationToken, ("@rev", revisionId), ("@pm", postmortemId)).ConfigureAwait(false) == 0)
            return null;
        var id = await ScalarLongAsync(c, tx,
            "INSERT INTO comments (postmortem_id, revision_id, author, body, line, created_at) VALUES (@pm, @rev, @author, @body, @line, @now) RETURNING id", cancellationToken,
            ("@pm", postmortemId), ("@rev", revisionId), ("@author", actor.Name), ("@body", body), ("@line", line), ("@now", now)).ConfigureAwait(false);
        await AuditAsync(c, tx, now, actor, "comment.add", "postmortem", postmortemId, $"comment {id} on revision id {revisionId}", cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new Comment(id, postmortemId, revisionId, actor.Name, body, line, now);
    }

    public async Task<IReadOnlyList<Comment>> CommentsAsync(long postmortemId, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(c, null, "SELECT id, postmortem_id, revision_id, author, body, line, created_at FROM comments WHERE postmortem_id = @id ORDER BY id", ("@id", postmortemId));
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<Comment>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            list.Add(new Comment(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetInt32(5), ReadTime(r, 6)));
        return list;
    }
}
