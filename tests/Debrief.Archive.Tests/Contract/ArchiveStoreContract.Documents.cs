// Contract: creating, reading and updating postmortems; metadata comes from the document; optimistic concurrency.
using Debrief.Archive.Model;
using Debrief.Archive.Storage;

namespace Debrief.Archive.Tests.Contract;

public abstract partial class ArchiveStoreContract
{
    [Fact]
    public async Task Create_stores_the_text_and_the_metadata_the_core_reads_from_it()
    {
        var text = Doc("Checkout outage", services: "[checkout, Payments]", tags: "[db, capacity]", severity: "sev1", started: "2024-05-01T12:00:00+02:00");
        var result = await Store.CreateAsync("2024/checkout.md", text, Alice, "first draft");
        Assert.Equal(WriteStatus.Saved, result.Status);
        var doc = await Store.GetAsync(result.Postmortem!.Id);
        Assert.NotNull(doc);
        var pm = doc.Summary;
        Assert.Equal("Checkout outage", pm.Title);
        Assert.Equal("2024/checkout", pm.Slug);
        Assert.Equal("2024/checkout.md", pm.Path);
        Assert.Equal(ArchiveStatus.Draft, pm.Status);
        Assert.Equal("SEV1", pm.Severity);
        Assert.Equal(["checkout", "Payments"], pm.Services);
        Assert.Equal(["db", "capacity"], pm.Tags);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), pm.StartedAt);
        Assert.InRange(pm.LintScore, 1, 100);
        Assert.Equal(1, pm.RevisionCount);
        Assert.Equal(text, doc.Current.Content);
        Assert.Equal("alice", doc.Current.Author);
        Assert.Equal("first draft", doc.Current.Message);
        Assert.Equal(RevisionKind.Edit, doc.Current.Kind);
        Assert.Equal(doc.Current.ETag, pm.ETag);
        Assert.Contains("load balancer", doc.RootCause, StringComparison.Ordinal);
        Assert.Equal(pm.Id, (await Store.GetBySlugAsync("2024/checkout"))?.Summary.Id);
    }

    [Fact]
    public async Task Create_without_a_path_names_the_file_after_the_title_and_never_reuses_a_name()
    {
        var first = await Store.CreateAsync(null, Doc("Disk full on the build farm"), Alice);
        var second = await Store.CreateAsync(null, Doc("Disk full on the build farm"), Alice);
        Assert.Equal("disk-full-on-the-build-farm.md", first.Postmortem!.Path);
        Assert.Equal("disk-full-on-the-build-farm-2.md", second.Postmortem!.Path);
    }

    [Fact]
    public async Task Create_refuses_a_taken_path_a_bad_path_a_non_draft_status_and_malformed_front_matter()
    {
        await CreateAsync("a.md", Doc("One"));
        Assert.Equal(WriteStatus.PathTaken, (await Store.CreateAsync("a.md", Doc("Two"), Alice)).Status);
        Assert.Equal(WriteStatus.PathTaken, (await Store.CreateAsync("a.markdown", Doc("Same slug"), Alice)).Status);
        foreach (var bad in new[] { "../escape.md", "/abs.md", "dir//x.md", "notes.txt", "a/./b.md" })
        {
            var r = await Store.CreateAsync(bad, Doc("Bad path"), Alice);
            Assert.True(r.Status == WriteStatus.Invalid, $"{bad}: {r.Status}");
        }
        var published = await Store.CreateAsync("p.md", Doc("Sneaky", status: "published"), Alice);
        Assert.Equal(WriteStatus.Invalid, published.Status);
        Assert.Contains("draft", published.Error, StringComparison.Ordinal);
        var malformed = await Store.CreateAsync("m.md", "---\ntitle: [unclosed\n---\n# Broken\n", Alice);
        Assert.Equal(WriteStatus.Invalid, malformed.Status);
        Assert.InRange(malformed.ErrorLine ?? 0, 2, 3); // the YAML error is found at the unclosed line or the closing ---
        Assert.Equal(WriteStatus.Invalid, (await Store.CreateAsync("nul.md", "# Title\n\0binary", Alice)).Status);
        Assert.Equal(1, (await Store.ListAsync(new ListQuery())).Total);
    }

    [Fact]
    public async Task Update_on_the_current_revision_adds_a_revision_and_keeps_every_earlier_one()
    {
        var pm = await CreateAsync("a.md", Doc("Version one"));
        var saved = await Store.UpdateAsync(pm.Id, pm.CurrentRevisionId, Doc("Version two", severity: "SEV3"), Bob, "retitled");
        Assert.Equal(WriteStatus.Saved, saved.Status);
        Assert.Equal("Version two", saved.Postmortem!.Title);
        Assert.Equal("SEV3", saved.Postmortem.Severity);
        Assert.Equal(2, saved.Revision!.Number);
        Assert.Equal("bob", saved.Postmortem.UpdatedBy);
        var history = await Store.RevisionsAsync(pm.Id);
        Assert.Equal([2, 1], history.Select(r => r.Number));
        Assert.Equal(["bob", "alice"], history.Select(r => r.Author));
        var first = await Store.GetRevisionAsync(history[1].Id);
        Assert.Contains("Version one", first!.Content, StringComparison.Ordinal);
        Assert.NotEqual(history[0].ETag, history[1].ETag);
    }

    [Fact]
    public async Task Update_on_a_stale_revision_is_a_conflict_naming_the_current_one_and_writes_nothing()
    {
        var pm = await CreateAsync("a.md", Doc("Base"));
        var winner = await Store.UpdateAsync(pm.Id, pm.CurrentRevisionId, Doc("Winner"), Bob);
        var stale = await Store.UpdateAsync(pm.Id, pm.CurrentRevisionId, Doc("Stale"), Alice);
        Assert.Equal(WriteStatus.Conflict, stale.Status);
        Assert.Equal(winner.Revision!.Id, stale.Current!.Id);
        Assert.Equal("Winner", stale.Postmortem!.Title);
        Assert.Equal(2, (await Store.RevisionsAsync(pm.Id)).Count);
        Assert.Equal(WriteStatus.NotFound, (await Store.UpdateAsync(pm.Id + 1000, 1, Doc("Nobody"), Alice)).Status);
    }

    [Fact]
    public async Task Two_writers_on_the_same_base_one_wins_the_other_gets_a_conflict_and_nothing_is_lost()
    {
        var pm = await CreateAsync("a.md", Doc("Shared"));
        using var start = new ManualResetEventSlim();
        var writers = new[] { (Alice, "Alice's edit"), (Bob, "Bob's edit") }.Select(w => Task.Run(async () =>
        {
            start.Wait();
            return (w.Item2, await Store.UpdateAsync(pm.Id, pm.CurrentRevisionId, Doc(w.Item2), w.Item1));
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(writers);
        var won = Assert.Single(results, r => r.Item2.Status == WriteStatus.Saved);
        var lost = Assert.Single(results, r => r.Item2.Status == WriteStatus.Conflict);
        Assert.Equal(won.Item2.Revision!.Id, lost.Item2.Current!.Id);
        // The loser merges onto the current revision and saves: both edits are in the history.
        var retry = await Store.UpdateAsync(pm.Id, lost.Item2.Current.Id, Doc(lost.Item1 + " after merge"), Alice);
        Assert.Equal(WriteStatus.Saved, retry.Status);
        var texts = new List<string>();
        foreach (var r in await Store.RevisionsAsync(pm.Id))
            texts.Add((await Store.GetRevisionAsync(r.Id))!.Content);
        Assert.Equal(3, texts.Count);
        Assert.Contains(texts, t => t.Contains(won.Item1, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(lost.Item1 + " after merge", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_writers_through_separate_connections_that_retry_on_conflict_lose_no_update()
    {
        var pm = await CreateAsync("counter.md", Doc("Counter"));
        await using var second = await ArchiveStores.OpenAsync(Db);
        const int perWriter = 8;
        async Task Writer(IArchiveStore store, string who)
        {
            for (var i = 0; i < perWriter; i++)
            {
                while (true)
                {
                    var current = (await store.GetAsync(pm.Id))!;
                    var text = current.Current.Content + $"- {who} {i}\n";
                    var r = await store.UpdateAsync(pm.Id, current.Current.Id, text, new Actor(who));
                    if (r.Status == WriteStatus.Saved)
                        break;
                    Assert.Equal(WriteStatus.Conflict, r.Status);
                }
            }
        }
        await Task.WhenAll(Task.Run(() => Writer(Store, "one")), Task.Run(() => Writer(second, "two")));
        var final = (await Store.GetAsync(pm.Id))!;
        Assert.Equal(1 + 2 * perWriter, final.Summary.RevisionCount);
        for (var i = 0; i < perWriter; i++)
        {
            Assert.Contains($"- one {i}\n", final.Current.Content, StringComparison.Ordinal);
            Assert.Contains($"- two {i}\n", final.Current.Content, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Saving_the_same_text_writes_nothing_and_changing_the_status_by_hand_is_refused()
    {
        var pm = await CreateAsync("a.md", Doc("Same"));
        var same = await Store.UpdateAsync(pm.Id, pm.CurrentRevisionId, Doc("Same"), Bob);
        Assert.Equal(WriteStatus.Unchanged, same.Status);
        Assert.Single(await Store.RevisionsAsync(pm.Id));
        var sneaky = await Store.UpdateAsync(pm.Id, pm.CurrentRevisionId, Doc("Same", status: "published"), Bob);
        Assert.Equal(WriteStatus.Invalid, sneaky.Status);
        Assert.Contains("workflow", sneaky.Error, StringComparison.Ordinal);
        Assert.Equal(ArchiveStatus.Draft, (await Store.GetAsync(pm.Id))!.Summary.Status);
    }
}
