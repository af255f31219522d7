// Who did what: comments on revisions, workflow events, accounts, API tokens and the audit log.
namespace Debrief.Archive.Model;

/// <summary>Who performs a write; recorded on revisions, events and the audit log.</summary>
/// <param name="Name">A user name, <c>token:NAME</c> for an API token, or a tool name such as <c>import</c>.</param>
public sealed record Actor(string Name)
{
    public override string ToString() => Name;
}

/// <summary>A comment on one revision (optionally on one line of it).</summary>
public sealed record Comment(long Id, long PostmortemId, long RevisionId, string Author, string Body, int? Line, DateTimeOffset CreatedAt);

/// <summary>The workflow steps.</summary>
public enum WorkflowAction
{
    /// <summary>draft → in review.</summary>
    Submit,
    /// <summary>A reviewer approves the current revision (status unchanged).</summary>
    Approve,
    /// <summary>in review → draft.</summary>
    RequestChanges,
    /// <summary>in review → published (needs an approval of the current revision when configured).</summary>
    Publish,
    /// <summary>published → draft.</summary>
    Unpublish,
    /// <summary>The status changed because an imported file said so (docs-as-code).</summary>
    Import,
}

/// <summary>One recorded workflow step.</summary>
public sealed record WorkflowEvent(
    long Id,
    long PostmortemId,
    long RevisionId,
    WorkflowAction Action,
    ArchiveStatus FromStatus,
    ArchiveStatus ToStatus,
    string Actor,
    string? Note,
    DateTimeOffset CreatedAt);

/// <summary>An account.</summary>
/// <param name="PasswordHash">ASP.NET Core Identity's hash (see <see cref="Accounts.Passwords"/>), or null for no password sign-in.</param>
public sealed record ArchiveUser(long Id, string Name, Role Role, string? PasswordHash, bool Disabled, DateTimeOffset CreatedAt);

/// <summary>An API token as stored: never the secret, only its SHA-256.</summary>
public sealed record ApiToken(long Id, string Name, Role Role, string Prefix, long? UserId, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}

/// <summary>A token just created: <see cref="Secret"/> is shown once and never stored.</summary>
public sealed record CreatedToken(ApiToken Token, string Secret);

/// <summary>One write, as the audit log records it.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Entity, long? EntityId, string? Detail);
