// The storage contract the server and the CLI use; one implementation per database, one contract test suite for both.
using Debrief.Archive.Model;

namespace Debrief.Archive.Storage;

/// <summary>The team archive: postmortems and their revisions, search, review workflow, comments, accounts, tokens,
/// audit log. Every write is one transaction and is recorded in the audit log. Thread-safe; open one per process
/// with <see cref="ArchiveStores.OpenAsync"/>.</summary>
public interface IArchiveStore : IAsyncDisposable
{
    /// <summary>The database kind.</summary>
    ArchiveKind Kind { get; }

    /// <summary>Where the archive is, for messages.</summary>
    string Display { get; }

    /// <summary>The schema version applied (the highest migration).</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    // Postmortems and revisions

    /// <summary>Creates a postmortem from Markdown. <paramref name="path"/> is its relative file path (<c>2025/checkout.md</c>),
    /// which export writes it to; null derives one from the title. The document's front matter status must be draft
    /// (or absent): other statuses are reached through the workflow.</summary>
    Task<SaveResult> CreateAsync(string? path, string text, Actor actor, string? message = null, CancellationToken cancellationToken = default);

    /// <summary>Saves a new revision if <paramref name="baseRevisionId"/> is still the current one; otherwise returns
    /// <see cref="WriteStatus.Conflict"/> with the current revision and writes nothing. Changing the front matter
    /// status is refused (use <see cref="TransitionAsync"/>).</summary>
    Task<SaveResult> UpdateAsync(long postmortemId, long baseRevisionId, string text, Actor actor, string? message = null, CancellationToken cancellationToken = default);

    /// <summary>Imports files by path in one transaction: new paths are created, changed ones get a new revision
    /// (status as the file says, recorded as a workflow event), unchanged ones are left alone. Every file is checked
    /// before anything is written; a file the core refuses fails the whole import with
    /// <see cref="InvalidImportException"/>.</summary>
    Task<ImportReport> ImportAsync(IReadOnlyList<ImportFile> files, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Every postmortem's path and current text, ordered by path.</summary>
    IAsyncEnumerable<ExportFile> ExportAsync(CancellationToken cancellationToken = default);

    Task<PostmortemDocument?> GetAsync(long postmortemId, CancellationToken cancellationToken = default);
    Task<PostmortemDocument?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default);
    Task<PostmortemDocument?> GetByPathAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The revisions of a postmortem, newest first.</summary>
    Task<IReadOnlyList<RevisionInfo>> RevisionsAsync(long postmortemId, CancellationToken cancellationToken = default);

    Task<Revision?> GetRevisionAsync(long revisionId, CancellationToken cancellationToken = default);

    // Browse and search

    /// <summary>A filtered, sorted page with facet counts.</summary>
    Task<ListPage> ListAsync(ListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Ranked full-text results with highlighted snippets. Any input is accepted (see
    /// <see cref="Search.SearchQuery.Parse"/>); an empty query gives no results.</summary>
    Task<SearchPage> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Postmortems that share root-cause terms and services with this one, best first.</summary>
    Task<IReadOnlyList<SimilarIncident>> SimilarAsync(long postmortemId, int limit = 5, CancellationToken cancellationToken = default);

    // Review workflow and comments

    /// <summary>Applies a workflow step to the current revision <paramref name="baseRevisionId"/> (a stale one is a
    /// conflict). Status changes write a revision whose front matter says the new status.</summary>
    Task<SaveResult> TransitionAsync(long postmortemId, WorkflowAction action, long baseRevisionId, Actor actor, string? note = null, CancellationToken cancellationToken = default);

    /// <summary>The workflow events of a postmortem, oldest first.</summary>
    Task<IReadOnlyList<WorkflowEvent>> WorkflowHistoryAsync(long postmortemId, CancellationToken cancellationToken = default);

    /// <summary>Adds a comment to a revision of a postmortem; null when the revision is not the postmortem's.</summary>
    Task<Comment?> AddCommentAsync(long postmortemId, long revisionId, string body, Actor actor, int? line = null, CancellationToken cancellationToken = default);

    /// <summary>The comments on every revision of a postmortem, oldest first.</summary>
    Task<IReadOnlyList<Comment>> CommentsAsync(long postmortemId, CancellationToken cancellationToken = default);

    // Accounts, tokens, audit

    /// <summary>Creates an account; null when the name is taken (names are unique without case).</summary>
    Task<ArchiveUser?> CreateUserAsync(string name, Role role, string? passwordHash, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Creates the first admin account if there is no account yet (atomic, so two nodes starting at once make one);
    /// null when accounts already exist.</summary>
    Task<ArchiveUser?> CreateFirstAdminAsync(string name, string passwordHash, CancellationToken cancellationToken = default);

    Task<ArchiveUser?> FindUserAsync(string name, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ArchiveUser>> UsersAsync(CancellationToken cancellationToken = default);

    /// <summary>Changes an account's role, password hash or disabled flag (null: unchanged); false when there is no such account.</summary>
    Task<bool> UpdateUserAsync(long userId, Role? role, string? passwordHash, bool? disabled, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Creates an API token; its secret is in the result only.</summary>
    Task<CreatedToken> CreateTokenAsync(string name, Role role, Actor actor, long? userId = null, CancellationToken cancellationToken = default);

    /// <summary>The token a secret belongs to, unless revoked; null otherwise.</summary>
    Task<ApiToken?> AuthenticateTokenAsync(string secret, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiToken>> TokensAsync(CancellationToken cancellationToken = default);
    Task<bool> RevokeTokenAsync(long tokenId, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>The newest audit entries, newest first; <paramref name="beforeId"/> pages back.</summary>
    Task<IReadOnlyList<AuditEntry>> AuditAsync(int limit = 100, long? beforeId = null, CancellationToken cancellationToken = default);
}

/// <summary>An import refused before anything was written: a file the core cannot read.</summary>
public sealed class InvalidImportException(string path, int? line, string message) : Exception(message)
{
    public string FilePath { get; } = path;
    public int? Line { get; } = line;
}
