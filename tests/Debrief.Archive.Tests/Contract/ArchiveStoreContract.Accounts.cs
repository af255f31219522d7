// Contract: accounts with hashed passwords, the first admin made once, API tokens stored hashed, the audit log.
using Debrief.Archive.Accounts;
using Debrief.Archive.Model;
using Debrief.Archive.Storage;

namespace Debrief.Archive.Tests.Contract;

public abstract partial class ArchiveStoreContract
{
    [Fact]
    public async Task Accounts_have_unique_names_roles_and_verifiable_password_hashes()
    {
        var admin = new Actor("admin");
        var dana = await Store.CreateUserAsync("Dana", Role.Editor, Passwords.Hash("correct horse"), admin);
        Assert.NotNull(dana);
        Assert.Null(await Store.CreateUserAsync("dana", Role.Viewer, null, admin));
        var found = await Store.FindUserAsync("DANA");
        Assert.Equal(("Dana", Role.Editor), (found!.Name, found.Role));
        Assert.True(Passwords.Verify(found, "correct horse"));
        Assert.False(Passwords.Verify(found, "wrong"));
        Assert.DoesNotContain("correct horse", found.PasswordHash, StringComparison.Ordinal);
        Assert.True(await Store.UpdateUserAsync(found.Id, Role.Admin, null, true, admin));
        var changed = await Store.FindUserAsync("dana");
        Assert.Equal((Role.Admin, true), (changed!.Role, changed.Disabled));
        Assert.False(Passwords.Verify(changed, "correct horse"));
        Assert.False(await Store.UpdateUserAsync(found.Id + 99, Role.Viewer, null, null, admin));
        Assert.Equal(["Dana"], (await Store.UsersAsync()).Select(u => u.Name));
    }

    [Fact]
    public async Task The_first_admin_is_created_once_even_when_two_nodes_start_together()
    {
        await using var second = await ArchiveStores.OpenAsync(Db);
        using var start = new ManualResetEventSlim();
        var attempts = new[] { (Store, "admin-one"), (second, "admin-two") }.Select(s => Task.Run(async () =>
        {
            start.Wait();
            return await s.Item1.CreateFirstAdminAsync(s.Item2, Passwords.Hash("x"));
        })).ToArray();
        start.Set();
        var created = await Task.WhenAll(attempts);
        Assert.Single(created, u => u is not null);
        Assert.Single(await Store.UsersAsync());
        Assert.Null(await Store.CreateFirstAdminAsync("late", Passwords.Hash("y")));
    }

    [Fact]
    public async Task Tokens_are_shown_once_stored_as_hashes_and_stop_working_when_revoked()
    {
        var created = await Store.CreateTokenAsync("ci", Role.Editor, new Actor("admin"));
        Assert.StartsWith(TokenSecrets.Scheme, created.Secret, StringComparison.Ordinal);
        var token = await Store.AuthenticateTokenAsync(created.Secret);
        Assert.Equal(("ci", Role.Editor), (token!.Name, token.Role));
        Assert.Null(await Store.AuthenticateTokenAsync(created.Secret + "x"));
        Assert.Null(await Store.AuthenticateTokenAsync("dbt_" + new string('A', 43)));
        Assert.Null(await Store.AuthenticateTokenAsync(""));
        Assert.Equal(created.Secret[..12], Assert.Single(await Store.TokensAsync()).Prefix);
        Assert.DoesNotContain(await SecretsStoredAsync(), s => s.Contains(created.Secret[4..], StringComparison.Ordinal));
        Assert.Contains(TokenSecrets.Hash(created.Secret), await SecretsStoredAsync());
        Assert.True(await Store.RevokeTokenAsync(token.Id, new Actor("admin")));
        Assert.Null(await Store.AuthenticateTokenAsync(created.Secret));
        Assert.False(await Store.RevokeTokenAsync(token.Id, new Actor("admin")));
    }

    /// <summary>Every text value in the api_tokens table, read with the database's own client.</summary>
    protected abstract Task<IReadOnlyList<string>> SecretsStoredAsync();

    [Fact]
    public async Task Every_write_is_in_the_audit_log_with_who_did_it()
    {
        var pm = await CreateAsync("a.md", Doc("Audited"), Alice);
        var saved = await Store.UpdateAsync(pm.Id, pm.CurrentRevisionId, Doc("Audited twice"), Bob);
        await Store.TransitionAsync(pm.Id, WorkflowAction.Submit, saved.Revision!.Id, Bob);
        await Store.AddCommentAsync(pm.Id, saved.Revision.Id, "ok", Alice);
        await Store.CreateUserAsync("eve", Role.Viewer, null, new Actor("admin"));
        var token = await Store.CreateTokenAsync("bot", Role.Viewer, new Actor("admin"));
        await Store.RevokeTokenAsync(token.Token.Id, new Actor("admin"));
        await Store.ImportAsync([new ImportFile("imported.md", Doc("Imported"))], new Actor("import"));
        var audit = await Store.AuditAsync();
        Assert.Equal(
            ["postmortem.import", "token.revoke", "token.create", "user.create", "comment.add", "workflow.submit", "postmortem.update", "postmortem.create"],
            audit.Select(a => a.Action));
        Assert.Equal(["import", "admin", "admin", "admin", "alice", "bob", "bob", "alice"], audit.Select(a => a.Actor));
        Assert.DoesNotContain(audit, a => a.Detail?.Contains(token.Secret, StringComparison.Ordinal) == true);
        var older = await Store.AuditAsync(limit: 2, beforeId: audit[1].Id);
        Assert.Equal(["token.create", "user.create"], older.Select(a => a.Action));
    }
}
