// Outcomes of writes: saved, unchanged, a conflict with the current revision, not found, or refused with a reason.
namespace Debrief.Archive.Model;

/// <summary>What a write did.</summary>
public enum WriteStatus
{
    /// <summary>A new revision was written.</summary>
    Saved,
    /// <summary>The text was the same as the current revision's: nothing written.</summary>
    Unchanged,
    /// <summary>The base revision is not the current one (HTTP 412); <see cref="SaveResult.Current"/> says what is.</summary>
    Conflict,
    /// <summary>No such postmortem (or revision).</summary>
    NotFound,
    /// <summary>The document or the request is not acceptable; <see cref="SaveResult.Error"/> says why.</summary>
    Invalid,
    /// <summary>A postmortem with that path or slug already exists.</summary>
    PathTaken,
    /// <summary>The workflow does not allow the step (wrong status, self-approval, no approval).</summary>
    NotAllowed,
}

/// <summary>The outcome of a create, update or workflow step.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Postmortem">The postmortem after the write (current state for Unchanged and Conflict), when it exists.</param>
/// <param name="Revision">The revision written (Saved), or the current one otherwise.</param>
/// <param name="Error">Why a write was refused, for people.</param>
/// <param name="ErrorLine">The document line the error is about, when known.</param>
/// <param name="Event">The workflow event recorded, for workflow steps.</param>
public sealed record SaveResult(
    WriteStatus Status,
    PostmortemSummary? Postmortem = null,
    RevisionInfo? Revision = null,
    string? Error = null,
    int? ErrorLine = null,
    WorkflowEvent? Event = null)
{
    /// <summary>The current revision when <see cref="Status"/> is Conflict.</summary>
    public RevisionInfo? Current => Status == WriteStatus.Conflict ? Revision : null;

    public bool Succeeded => Status is WriteStatus.Saved or WriteStatus.Unchanged;

    internal static SaveResult NotFound(string what) => new(WriteStatus.NotFound, Error: what);
    internal static SaveResult Invalid(string error, int? line = null) => new(WriteStatus.Invalid, Error: error, ErrorLine: line);
    internal static SaveResult NotAllowed(PostmortemSummary pm, string error) => new(WriteStatus.NotAllowed, pm, Error: error);
}

/// <summary>A file to import: its path relative to the imported folder and its text.</summary>
public sealed record ImportFile(string Path, string Text);

/// <summary>What import did with one file.</summary>
public enum ImportAction
{
    Created,
    Updated,
    Unchanged,
}

/// <summary>What import did with one file.</summary>
public sealed record ImportOutcome(string Path, ImportAction Action, long PostmortemId, long RevisionId);

/// <summary>What import did.</summary>
public sealed record ImportReport(IReadOnlyList<ImportOutcome> Files)
{
    public int Created => Files.Count(f => f.Action == ImportAction.Created);
    public int Updated => Files.Count(f => f.Action == ImportAction.Updated);
    public int Unchanged => Files.Count(f => f.Action == ImportAction.Unchanged);
}

/// <summary>A document to export: its relative path and its current text.</summary>
public sealed record ExportFile(string Path, string Text);
