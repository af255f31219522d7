// Accounts, API tokens (stored as SHA-256 only) and reading the audit log.
using System.Data.Common;
using Debrief.Archive.Accounts;
using Debrief.Archive.Model;

namespace Debrief.Archive.Storage;

internal abstract partial class SqlArchiveStore
{
    private const string UserColumns = "id, name, role, password_hash, disabled, created_at";
    private const string TokenColumns = "id, name, role, prefix, user_id, created_by, created_at, revoked_at";

    /// <summary>Account names: 1-64 characters, no control characters, no leading or trailing space.</summary>
    private static void CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is 0 or > 64 || name.Trim() != name || name.Any(char.IsControl))
            throw new ArgumentException("an account name has 1 to 64 characters, no control characters and no surrounding spaces", nameof(name));
    }

    public async Task<ArchiveUser?> CreateUserAsync(string name, Role role, string? passwordHash, Actor actor, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        ArgumentNullException.ThrowIfNull(actor);
        var now = Now();
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        var user = await InsertUserAsync(c, tx, name, role, passwordHash, now, cancellationToken).ConfigureAwait(false);
        if (user is null)
            return null;
        await AuditAsync(c, tx, now, actor, "user.create", "user", user.Id, $"{name} ({role.ToDb()})", cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return user;
    }

    public async Task<ArchiveUser?> CreateFirstAdminAsync(string name, string passwordHash, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        ArgumentException.ThrowIfNullOrEmpty(passwordHash);
        var now = Now();
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        await LockAccountsAsync(c, tx, cancellationToken).ConfigureAwait(false);
        if (await ScalarLongAsync(c, tx, "SELECT count(*) FROM users", cancellationToken).ConfigureAwait(false) > 0)
            return null;
        var user = await InsertUserAsync(c, tx, name, Role.Admin, passwordHash, now, cancellationToken).ConfigureAwait(false);
        if (user is null)
            return null;
        await AuditAsync(c, tx, now, new Actor("setup"), "user.create", "user", user.Id, $"{name} (admin, first account)", cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return user;
    }

    private async Task<ArchiveUser?> InsertUserAsync(DbConnection c, DbTransaction tx, string name, Role role, string? passwordHash, DateTimeOffset now, CancellationToken ct)
    {
        var key = name.ToLowerInvariant();
        if (await ScalarLongAsync(c, tx, "SELECT count(*) FROM users WHERE name_key = @key", ct, ("@key", key)).ConfigureAwait(false) > 0)
            return null;
        long id;
        try
        {
            id = await ScalarLongAsync(c, tx, "INSERT INTO users (name, name_key, role, password_hash, disabled, created_at) VALUES (@name, @key, @role, @hash, 0, @now) RETURNING id", ct,
                ("@name", name), ("@key", key), ("@role", role.ToDb()), ("@hash", passwordHash), ("@now", now)).ConfigureAwait(false);
        }
        catch (DbException e) when (IsUniqueViolation(e))
        {
            return null;
        }
        return new ArchiveUser(id, name, role, passwordHash, false, now);
    }

    public async Task<ArchiveUser?> FindUserAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(c, null, $"SELECT {UserColumns} FROM users WHERE name_key = @key", ("@key", name.Trim().ToLowerInvariant()));
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadUser(r) : null;
    }

    public async Task<IReadOnlyList<ArchiveUser>> UsersAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(c, null, $"SELECT {UserColumns} FROM users ORDER BY name_key");
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ArchiveUser>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            list.Add(ReadUser(r));
        return list;
    }

    public async Task<bool> UpdateUserAsync(long userId, Role? role, string? passwordHash, bool? disabled, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = Now();
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        var sets = new List<string>();
        var parameters = new List<(string, object?)> { ("@id", userId) };
        var changes = new List<string>();
        if (role is { } newRole)
        {
            sets.Add("role = @role");
            parameters.Add(("@role", newRole.ToDb()));
            changes.Add("role " + newRole.ToDb());
        }
        if (passwordHash is not null)
        {
            sets.Add("password_hash = @hash");
            parameters.Add(("@hash", passwordHash));
            changes.Add("password");
        }
        if (disabled is { } d)
        {
            sets.Add("disabled = @disabled");
            parameters.Add(("@disabled", d));
            changes.Add(d ? "disabled" : "enabled");
        }
        if (sets.Count == 0)
            return await ScalarLongAsync(c, tx, "SELECT count(*) FROM users WHERE id = @id", cancellationToken, ("@id", userId)).ConfigureAwait(false) > 0;
        if (await ExecuteAsync(c, tx, $"UPDATE users SET {string.Join(", ", sets)} WHERE id = @id", cancellationToken, [.. parameters]).ConfigureAwait(false) == 0)
            return false;
        await AuditAsync(c, tx, now, actor, "user.update", "user", userId, string.Join(", ", changes), cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private ArchiveUser ReadUser(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), Roles.FromDb(r.GetString(2)), NullableString(r, 3), r.GetInt32(4) != 0, ReadTime(r, 5));

    public async Task<CreatedToken> CreateTokenAsync(string name, Role role, Actor actor, long? userId = null, CancellationToken cancellationToken = default)
    {
        CheckName(name);
        ArgumentNullException.ThrowIfNull(actor);
        var secret = TokenSecrets.Create();
        var prefix = TokenSecrets.PrefixOf(secret);
        var now = Now();
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        var id = await ScalarLongAsync(c, tx,
            "INSERT INTO api_tokens (name, role, token_hash, prefix, user_id, created_by, created_at) VALUES (@name, @role, @hash, @prefix, @user, @by, @now) RETURNING id", cancellationToken,
            ("@name", name), ("@role", role.ToDb()), ("@hash", TokenSecrets.Hash(secret)), ("@prefix", prefix), ("@user", userId), ("@by", actor.Name), ("@now", now)).ConfigureAwait(false);
        await AuditAsync(c, tx, now, actor, "token.create", "token", id, $"{name} ({role.ToDb()}, {prefix}…)", cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedToken(new ApiToken(id, name, role, prefix, userId, actor.Name, now, null), secret);
    }

    public async Task<ApiToken?> AuthenticateTokenAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(TokenSecrets.Scheme, StringComparison.Ordinal) || secret.Length > 200)
            return null;
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(c, null, $"SELECT {TokenColumns} FROM api_tokens WHERE token_hash = @hash AND revoked_at IS NULL", ("@hash", TokenSecrets.Hash(secret)));
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadToken(r) : null;
    }

    public async Task<IReadOnlyList<ApiToken>> TokensAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(c, null, $"SELECT {TokenColumns} FROM api_tokens ORDER BY id");
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ApiToken>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            list.Add(ReadToken(r));
        return list;
    }

    public async Task<bool> RevokeTokenAsync(long tokenId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = Now();
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        if (await ExecuteAsync(c, tx, "UPDATE api_tokens SET revoked_at = @now WHERE id = @id AND revoked_at IS NULL", cancellationToken, ("@now", now), ("@id", tokenId)).ConfigureAwait(false) == 0)
            return false;
        await AuditAsync(c, tx, now, actor, "token.revoke", "token", tokenId, null, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private ApiToken ReadToken(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), Roles.FromDb(r.GetString(2)), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt64(4), r.GetString(5), ReadTime(r, 6), NullableTime(r, 7));

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(int limit = 100, long? beforeId = null, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, 1000);
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = "SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log" + (beforeId is null ? "" : " WHERE id < @before") + " ORDER BY id DESC LIMIT @limit";
        await using var command = Command(c, null, sql, ("@limit", limit));
        if (beforeId is { } before)
            AddParameter(command, "@before", before);
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<AuditEntry>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            list.Add(new AuditEntry(r.GetInt64(0), ReadTime(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetInt64(5), NullableString(r, 6)));
        return list;
    }

    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return (int)await ScalarLongAsync(c, null, "SELECT max(version) FROM schema_version", cancellationToken).ConfigureAwait(false);
    }
}
