// Postmortems and revisions: create, update with optimistic concurrency, import, export, read, history.
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Debrief.Archive.Documents;
using Debrief.Archive.Model;

namespace Debrief.Archive.Storage;

internal abstract partial class SqlArchiveStore
{
    /// <summary>A document read by the core, ready to store.</summary>
    protected sealed record AnalyzedText(string Text, string Hash, DocumentFacts Facts);

    protected static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Analyzes text; null with an Invalid result when the core refuses it.</summary>
    protected static AnalyzedText? Analyze(string text, out SaveResult? refused)
    {
        refused = null;
        try
        {
            return new AnalyzedText(text, HashOf(text), CoreDocuments.Analyze(text));
        }
        catch (InvalidDocumentException e)
        {
            refused = SaveResult.Invalid(e.Message, e.Line);
            return null;
        }
    }

    public async Task<SaveResult> CreateAsync(string? path, string text, Actor actor, string? message = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(actor);
        var doc = Analyze(text, out var refused);
        if (doc is null)
            return refused!;
        if (doc.Facts.Status != ArchiveStatus.Draft)
            return SaveResult.Invalid($"a new postmortem starts as a draft, but its front matter says 'status: {doc.Facts.StatusText}'; the review workflow publishes it", doc.Facts.FrontMatter?.StatusLine);
        string? normalized = null;
        if (path is not null)
        {
            normalized = ArchivePaths.Normalize(path, out var pathError);
            if (normalized is null)
                return SaveResult.Invalid($"bad path '{path}': {pathError}");
        }
        var now = Now();
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        var chosen = normalized ?? await FreePathAsync(c, tx, ArchivePaths.FromTitle(doc.Facts.Title), cancellationToken).ConfigureAwait(false);
        if (await PathExistsAsync(c, tx, chosen, cancellationToken).ConfigureAwait(false))
            return new SaveResult(WriteStatus.PathTaken, Error: $"a postmortem with the path '{chosen}' (or the slug '{ArchivePaths.SlugOf(chosen)}') already exists");
        long id;
        try
        {
            (id, _) = await InsertPostmortemAsync(c, tx, chosen, doc, actor, RevisionKind.Edit, message ?? "created", now, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            return new SaveResult(WriteStatus.PathTaken, Error: $"a postmortem with the path '{chosen}' already exists");
        }
        await AuditAsync(c, tx, now, actor, "postmortem.create", "postmortem", id, chosen, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await SavedAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SaveResult> UpdateAsync(long postmortemId, long baseRevisionId, string text, Actor actor, string? message = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(actor);
        var doc = Analyze(text, out var refused);
        if (doc is null)
            return refused!;
        var now = Now();
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        var current = await LockCurrentAsync(c, tx, postmortemId, cancellationToken).ConfigureAwait(false);
        if (current is null)
            return SaveResult.NotFound($"no postmortem {postmortemId}");
        if (current.RevisionId != baseRevisionId)
            return await ConflictAsync(c, tx, postmortemId, cancellationToken).ConfigureAwait(false);
        if (current.Hash == doc.Hash)
            return await UnchangedAsync(c, tx, postmortemId, cancellationToken).ConfigureAwait(false);
        if (doc.Facts.Status != current.Status)
            return SaveResult.Invalid($"the front matter changes the status from '{current.Status.ToFrontMatter()}' to '{doc.Facts.Status.ToFrontMatter()}'; status changes go through the review workflow (submit, approve, publish)", doc.Facts.FrontMatter?.StatusLine);
        var revisionId = await AppendRevisionAsync(c, tx, postmortemId, current.Count + 1, doc, actor, RevisionKind.Edit, message, now, cancellationToken).ConfigureAwait(false);
        await AuditAsync(c, tx, now, actor, "postmortem.update", "postmortem", postmortemId, $"revision {current.Count + 1} (id {revisionId})", cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return await SavedAsync(postmortemId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportFile> files, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(actor);
        var normalized = new string[files.Count];
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < files.Count; i++)
        {
            normalized[i] = ArchivePaths.Normalize(files[i].Path, out var error) ?? throw new InvalidImportException(files[i].Path, null, $"cannot be imported: {error}");
            var slug = ArchivePaths.SlugOf(normalized[i]);
            if (!seen.TryAdd(slug, normalized[i]))
                throw new InvalidImportException(files[i].Path, null, $"has the same name as '{seen[slug]}' (names differ only in case or extension)");
        }
        // The core's reading is the slow part (parse and lint): done on both cores before the transaction, and only
        // for files that are new or changed (a re-import of an unchanged folder reads nothing but hashes).
        var hashes = files.Select(f => HashOf(f.Text)).ToArray();
        var known = await CurrentHashesAsync(cancellationToken).ConfigureAwait(false);
        var analyzed = new AnalyzedText?[files.Count];
        var errors = new InvalidDocumentException?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (known.TryGetValue(normalized[i], out var hash) && hash == hashes[i])
                return;
            try
            {
                analyzed[i] = new AnalyzedText(files[i].Text, hashes[i], CoreDocuments.Analyze(files[i].Text));
            }
            catch (InvalidDocumentException e)
            {
                errors[i] = e;
            }
        });
        for (var i = 0; i < files.Count; i++)
        {
            if (errors[i] is { } e)
                throw new InvalidImportException(files[i].Path, e.Line, e.Message);
        }

        var now = Now();
        var outcomes = new List<ImportOutcome>(files.Count);
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        var existing = new Dictionary<string, CurrentState>(StringComparer.Ordinal);
        if (LockClause.Length > 0)
            await ExecuteAsync(c, tx, "SELECT p.id FROM postmortems p" + LockClause, cancellationToken).ConfigureAwait(false);
        await using (var command = Command(c, tx,
            "SELECT p.path, p.id, p.current_revision_id, r.content_hash, p.status, p.revision_count FROM postmortems p JOIN revisions r ON r.id = p.current_revision_id"))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                existing[r.GetString(0)] = new CurrentState(r.GetInt64(1), r.GetInt64(2), r.GetString(3), ArchiveStatuses.FromDb(r.GetString(4)), r.GetInt32(5));
        }
        for (var i = 0; i < files.Count; i++)
        {
            var path = normalized[i];
            existing.TryGetValue(path, out var current);
            if (current?.Hash == hashes[i])
            {
                outcomes.Add(new ImportOutcome(path, ImportAction.Unchanged, current.Id, current.RevisionId));
                continue;
            }
            // Rare: the postmortem changed since the hashes were read, so this file was not analysed yet.
            var doc = analyzed[i] ?? new AnalyzedText(files[i].Text, hashes[i], AnalyzeForImport(files[i]));
            if (current is null)
            {
                var (id, revisionId) = await InsertPostmortemAsync(c, tx, path, doc, actor, RevisionKind.Import, "imported", now, cancellationToken).ConfigureAwait(false);
                if (doc.Facts.Status != ArchiveStatus.Draft)
                    await InsertEventAsync(c, tx, id, revisionId, Model.WorkflowAction.Import, ArchiveStatus.Draft, doc.Facts.Status, actor, "status from the imported file", now, cancellationToken).ConfigureAwait(false);
                await AuditAsync(c, tx, now, actor, "postmortem.import", "postmortem", id, $"created {path}", cancellationToken).ConfigureAwait(false);
                outcomes.Add(new ImportOutcome(path, ImportAction.Created, id, revisionId));
            }
            else
            {
                var revisionId = await AppendRevisionAsync(c, tx, current.Id, current.Count + 1, doc, actor, RevisionKind.Import, "imported", now, cancellationToken).ConfigureAwait(false);
                if (doc.Facts.Status != current.Status)
                    await InsertEventAsync(c, tx, current.Id, revisionId, Model.WorkflowAction.Import, current.Status, doc.Facts.Status, actor, "status from the imported file", now, cancellationToken).ConfigureAwait(false);
                await AuditAsync(c, tx, now, actor, "postmortem.import", "postmortem", current.Id, $"updated {path} (revision {current.Count + 1})", cancellationToken).ConfigureAwait(false);
                outcomes.Add(new ImportOutcome(path, ImportAction.Updated, current.Id, revisionId));
            }
        }
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ImportReport(outcomes);
    }

    private static DocumentFacts AnalyzeForImport(ImportFile file)
    {
        try
        {
            return CoreDocuments.Analyze(file.Text);
        }
        catch (InvalidDocumentException e)
        {
            throw new InvalidImportException(file.Path, e.Line, e.Message);
        }
    }

    /// <summary>Path → content hash of every postmortem's current revision (no lock: import re-reads under one).</summary>
    private async Task<Dictionary<string, string>> CurrentHashesAsync(CancellationToken ct)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(c, null, "SELECT p.path, r.content_hash FROM postmortems p JOIN revisions r ON r.id = p.current_revision_id");
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
            hashes[r.GetString(0)] = r.GetString(1);
        return hashes;
    }

    public async IAsyncEnumerable<ExportFile> ExportAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(c, null, "SELECT p.path, r.content FROM postmortems p JOIN revisions r ON r.id = p.current_revision_id ORDER BY p.path");
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            yield return new ExportFile(r.GetString(0), r.GetString(1));
    }

    public Task<PostmortemDocument?> GetAsync(long postmortemId, CancellationToken cancellationToken = default) =>
        GetWhereAsync("p.id = @key", postmortemId, cancellationToken);

    public Task<PostmortemDocument?> GetBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        GetWhereAsync("p.slug = @key", slug, cancellationToken);

    public Task<PostmortemDocument?> GetByPathAsync(string path, CancellationToken cancellationToken = default) =>
        GetWhereAsync("p.path = @key", ArchivePaths.Normalize(path, out _) ?? path, cancellationToken);

    private async Task<PostmortemDocument?> GetWhereAsync(string where, object key, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = Command(c, null,
            $"SELECT {SummaryColumns}, t.root_cause, r.id, r.number, r.content, r.content_hash, r.author, r.message, r.kind, r.created_at " +
            $"FROM postmortems p JOIN revisions r ON r.id = p.current_revision_id JOIN postmortem_text t ON t.postmortem_id = p.id WHERE {where}", ("@key", key));
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false))
            return null;
        var summary = ReadSummary(r);
        var o = SummaryColumnCount;
        var revision = new Revision(r.GetInt64(o + 1), summary.Id, r.GetInt32(o + 2), r.GetString(o + 3), r.GetString(o + 4), r.GetString(o + 5),
            NullableString(r, o + 6), KindFromDb(r.GetString(o + 7)), ReadTime(r, o + 8));
        return new PostmortemDocument(summary, revision, r.GetString(o));
    }

    public async Task<IReadOnlyList<RevisionInfo>> RevisionsAsync(long postmortemId, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(c, null, $"SELECT {RevisionInfoColumns} FROM revisions r WHERE r.postmortem_id = @id ORDER BY r.number DESC", ("@id", postmortemId));
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<RevisionInfo>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            list.Add(ReadRevisionInfo(r));
        return list;
    }

    public async Task<Revision?> GetRevisionAsync(long revisionId, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(c, null,
            "SELECT r.id, r.postmortem_id, r.number, r.content, r.content_hash, r.author, r.message, r.kind, r.created_at FROM revisions r WHERE r.id = @id", ("@id", revisionId));
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            return null;
        return new Revision(r.GetInt64(0), r.GetInt64(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5), NullableString(r, 6), KindFromDb(r.GetString(7)), ReadTime(r, 8));
    }

    /// <summary>The current revision of a postmortem, locked for this transaction.</summary>
    protected sealed record CurrentState(long Id, long RevisionId, string Hash, ArchiveStatus Status, int Count);

    protected async Task<CurrentState?> LockCurrentAsync(DbConnection c, DbTransaction tx, long postmortemId, CancellationToken ct)
    {
        // Lock the row alone first, then read it: a join in the locking statement would be re-checked against the
        // old revision row after a concurrent commit (PostgreSQL, READ COMMITTED) and find nothing.
        if (LockClause.Length > 0)
            await ExecuteAsync(c, tx, "SELECT p.id FROM postmortems p WHERE p.id = @id" + LockClause, ct, ("@id", postmortemId)).ConfigureAwait(false);
        await using var command = Command(c, tx,
            "SELECT p.id, p.current_revision_id, r.content_hash, p.status, p.revision_count FROM postmortems p JOIN revisions r ON r.id = p.current_revision_id WHERE p.id = @id",
            ("@id", postmortemId));
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false))
            return null;
        return new CurrentState(r.GetInt64(0), r.GetInt64(1), r.GetString(2), ArchiveStatuses.FromDb(r.GetString(3)), r.GetInt32(4));
    }

    private async Task<bool> PathExistsAsync(DbConnection c, DbTransaction tx, string path, CancellationToken ct) =>
        await ScalarLongAsync(c, tx, "SELECT count(*) FROM postmortems WHERE path = @path OR slug = @slug", ct, ("@path", path), ("@slug", ArchivePaths.SlugOf(path))).ConfigureAwait(false) > 0;

    /// <summary>The path itself, or with -2, -3, ... before the extension when taken.</summary>
    private async Task<string> FreePathAsync(DbConnection c, DbTransaction tx, string path, CancellationToken ct)
    {
        var stem = ArchivePaths.SlugOf(path);
        var candidate = path;
        for (var n = 2; await PathExistsAsync(c, tx, candidate, ct).ConfigureAwait(false); n++)
            candidate = $"{stem}-{n}.md";
        return candidate;
    }

    /// <summary>Inserts a postmortem and its first revision; returns both ids.</summary>
    protected async Task<(long Id, long RevisionId)> InsertPostmortemAsync(DbConnection c, DbTransaction tx, string path, AnalyzedText doc, Actor actor, RevisionKind kind, string? message, DateTimeOffset now, CancellationToken ct)
    {
        var f = doc.Facts;
        var id = await ScalarLongAsync(c, tx,
            "INSERT INTO postmortems (slug, path, title, status, severity, services, tags, started_at, ended_at, lint_score, revision_count, created_at, created_by, updated_at, updated_by) " +
            "VALUES (@slug, @path, @title, @status, @severity, @services, @tags, @started, @ended, @score, 0, @now, @actor, @now, @actor) RETURNING id", ct,
            ("@slug", ArchivePaths.SlugOf(path)), ("@path", path), ("@title", TitleOf(f, path)), ("@status", f.Status.ToDb()), ("@severity", f.Severity),
            ("@services", string.Join('\n', f.Services)), ("@tags", string.Join('\n', f.Tags)), ("@started", f.StartedAt), ("@ended", f.EndedAt),
            ("@score", f.LintScore), ("@now", now), ("@actor", actor.Name)).ConfigureAwait(false);
        await ExecuteAsync(c, tx, "INSERT INTO postmortem_text (postmortem_id, title, services, tags, root_cause, search_text) VALUES (@id, @title, @services, @tags, @root_cause, @search_text)", ct,
            ("@id", id), ("@title", TitleOf(f, path)), ("@services", string.Join('\n', f.Services)), ("@tags", string.Join('\n', f.Tags)),
            ("@root_cause", Clean(f.RootCause)), ("@search_text", Clean(f.SearchText))).ConfigureAwait(false);
        var revisionId = await AppendRevisionAsync(c, tx, id, 1, doc, actor, kind, message, now, ct, metadataWritten: true).ConfigureAwait(false);
        return (id, revisionId);
    }

    /// <summary>Writes revision <paramref name="number"/> and makes it current, with the metadata it implies.</summary>
    protected async Task<long> AppendRevisionAsync(DbConnection c, DbTransaction tx, long postmortemId, int number, AnalyzedText doc, Actor actor, RevisionKind kind, string? message, DateTimeOffset now, CancellationToken ct, bool metadataWritten = false)
    {
        var revisionId = await ScalarLongAsync(c, tx,
            "INSERT INTO revisions (postmortem_id, number, content, content_hash, author, message, kind, created_at) VALUES (@pm, @number, @content, @hash, @author, @message, @kind, @now) RETURNING id", ct,
            ("@pm", postmortemId), ("@number", number), ("@content", doc.Text), ("@hash", doc.Hash), ("@author", actor.Name), ("@message", message), ("@kind", KindToDb(kind)), ("@now", now)).ConfigureAwait(false);
        var f = doc.Facts;
        if (metadataWritten)
        {
            await ExecuteAsync(c, tx, "UPDATE postmortems SET current_revision_id = @rev, revision_count = @number WHERE id = @id", ct,
                ("@rev", revisionId), ("@number", number), ("@id", postmortemId)).ConfigureAwait(false);
        }
        else
        {
            var path = await ScalarStringAsync(c, tx, "SELECT path FROM postmortems WHERE id = @id", ct, ("@id", postmortemId)).ConfigureAwait(false);
            await ExecuteAsync(c, tx,
                "UPDATE postmortems SET title = @title, status = @status, severity = @severity, services = @services, tags = @tags, started_at = @started, ended_at = @ended, " +
                "lint_score = @score, current_revision_id = @rev, revision_count = @number, updated_at = @now, updated_by = @actor WHERE id = @id", ct,
                ("@title", TitleOf(f, path)), ("@status", f.Status.ToDb()), ("@severity", f.Severity), ("@services", string.Join('\n', f.Services)), ("@tags", string.Join('\n', f.Tags)),
                ("@started", f.StartedAt), ("@ended", f.EndedAt), ("@score", f.LintScore),
                ("@rev", revisionId), ("@number", number), ("@now", now), ("@actor", actor.Name), ("@id", postmortemId)).ConfigureAwait(false);
            await ExecuteAsync(c, tx, "UPDATE postmortem_text SET title = @title, services = @services, tags = @tags, root_cause = @root_cause, search_text = @search_text WHERE postmortem_id = @id", ct,
                ("@title", TitleOf(f, path)), ("@services", string.Join('\n', f.Services)), ("@tags", string.Join('\n', f.Tags)),
                ("@root_cause", Clean(f.RootCause)), ("@search_text", Clean(f.SearchText)), ("@id", postmortemId)).ConfigureAwait(false);
            await ExecuteAsync(c, tx, "DELETE FROM postmortem_services WHERE postmortem_id = @id", ct, ("@id", postmortemId)).ConfigureAwait(false);
            await ExecuteAsync(c, tx, "DELETE FROM postmortem_tags WHERE postmortem_id = @id", ct, ("@id", postmortemId)).ConfigureAwait(false);
        }
        foreach (var service in Keys(f.Services))
            await ExecuteAsync(c, tx, "INSERT INTO postmortem_services (postmortem_id, service) VALUES (@id, @v)", ct, ("@id", postmortemId), ("@v", service)).ConfigureAwait(false);
        foreach (var tag in Keys(f.Tags))
            await ExecuteAsync(c, tx, "INSERT INTO postmortem_tags (postmortem_id, tag) VALUES (@id, @v)", ct, ("@id", postmortemId), ("@v", tag)).ConfigureAwait(false);
        return revisionId;
    }

    protected async Task<string> ScalarStringAsync(DbConnection c, DbTransaction? tx, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Command(c, tx, sql, parameters);
        return (string)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>Facet keys: trimmed, lower-case, distinct.</summary>
    protected static IEnumerable<string> Keys(IEnumerable<string> values) =>
        values.Select(v => v.Trim().ToLowerInvariant()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal);

    private static string TitleOf(DocumentFacts facts, string path) => facts.Title ?? ArchivePaths.SlugOf(path).Split('/')[^1];

    /// <summary>Search text without control characters (snippets use two of them as highlight marks).</summary>
    protected static string Clean(string text)
    {
        if (!text.Any(ch => char.IsControl(ch) && ch != '\n'))
            return text;
        return string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
                span[i] = char.IsControl(t[i]) && t[i] != '\n' ? ' ' : t[i];
        });
    }

    private async Task<SaveResult> SavedAsync(long postmortemId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct).ConfigureAwait(false);
        var (summary, revision) = await StateAsync(c, null, postmortemId, ct).ConfigureAwait(false);
        return new SaveResult(WriteStatus.Saved, summary, revision);
    }

    protected async Task<SaveResult> ConflictAsync(DbConnection c, DbTransaction tx, long postmortemId, CancellationToken ct)
    {
        var (summary, revision) = await StateAsync(c, tx, postmortemId, ct).ConfigureAwait(false);
        return new SaveResult(WriteStatus.Conflict, summary, revision, $"the postmortem changed since the revision you edited; the current revision is {revision.Number} by {revision.Author} ({revision.ETag})");
    }

    private async Task<SaveResult> UnchangedAsync(DbConnection c, DbTransaction tx, long postmortemId, CancellationToken ct)
    {
        var (summary, revision) = await StateAsync(c, tx, postmortemId, ct).ConfigureAwait(false);
        return new SaveResult(WriteStatus.Unchanged, summary, revision);
    }

    /// <summary>A postmortem's summary and current revision.</summary>
    protected async Task<(PostmortemSummary Summary, RevisionInfo Revision)> StateAsync(DbConnection c, DbTransaction? tx, long postmortemId, CancellationToken ct)
    {
        await using var command = Command(c, tx, $"SELECT {SummaryColumns}, {RevisionInfoColumns} FROM postmortems p JOIN revisions r ON r.id = p.current_revision_id WHERE p.id = @id", ("@id", postmortemId));
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false))
            throw new InvalidOperationException($"postmortem {postmortemId} vanished");
        return (ReadSummary(r), ReadRevisionInfo(r, SummaryColumnCount));
    }
}
