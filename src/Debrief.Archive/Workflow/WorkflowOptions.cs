// The review rules a team can configure: whether publishing needs an approval, and whether authors may approve.
namespace Debrief.Archive.Workflow;

/// <summary>Review workflow settings.</summary>
public sealed record WorkflowOptions
{
    /// <summary>Publishing needs an approval of the current revision (default true).</summary>
    public bool RequireApproval { get; init; } = true;

    /// <summary>An author of the postmortem may approve it (default false: approval must come from someone else).</summary>
    public bool AllowSelfApproval { get; init; }

    public static WorkflowOptions Default { get; } = new();
}
