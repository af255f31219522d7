// Which workflow steps are allowed from which status, and what status each leads to.
using Debrief.Archive.Model;

namespace Debrief.Archive.Workflow;

/// <summary>The state machine: draft → in review → published, and back to draft from either.</summary>
public static class WorkflowRules
{
    /// <summary>The status a step leads to from <paramref name="from"/>, or null when the step is not allowed there.</summary>
    public static ArchiveStatus? Target(WorkflowAction action, ArchiveStatus from) => (action, from) switch
    {
        (WorkflowAction.Submit, ArchiveStatus.Draft) => ArchiveStatus.InReview,
        (WorkflowAction.Approve, ArchiveStatus.InReview) => ArchiveStatus.InReview,
        (WorkflowAction.RequestChanges, ArchiveStatus.InReview) => ArchiveStatus.Draft,
        (WorkflowAction.Publish, ArchiveStatus.InReview) => ArchiveStatus.Published,
        (WorkflowAction.Unpublish, ArchiveStatus.Published) => ArchiveStatus.Draft,
        _ => null,
    };

    /// <summary>The steps allowed from a status (what a page offers).</summary>
    public static IReadOnlyList<WorkflowAction> Allowed(ArchiveStatus from) =>
        [.. Enum.GetValues<WorkflowAction>().Where(a => a != WorkflowAction.Import && Target(a, from) is not null)];

    public static string ToDb(this WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "submit",
        WorkflowAction.Approve => "approve",
        WorkflowAction.RequestChanges => "request_changes",
        WorkflowAction.Publish => "publish",
        WorkflowAction.Unpublish => "unpublish",
        WorkflowAction.Import => "import",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>Parses a step name (<c>submit</c>, <c>approve</c>, <c>request_changes</c>/<c>request-changes</c>, <c>publish</c>, <c>unpublish</c>).</summary>
    public static WorkflowAction? Parse(string? text) => text?.Trim().ToLowerInvariant().Replace('-', '_') switch
    {
        "submit" => WorkflowAction.Submit,
        "approve" => WorkflowAction.Approve,
        "request_changes" => WorkflowAction.RequestChanges,
        "publish" => WorkflowAction.Publish,
        "unpublish" => WorkflowAction.Unpublish,
        "import" => WorkflowAction.Import,
        _ => null,
    };
}
