// Under load: bursts of edits coalesce and end with the latest version, stale results are never published, 5 MB documents, bounded memory.
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Debrief.Lsp.Tests;

public sealed class StressTests
{
    private const string Uri = "file:///tmp/debrief-lsp-tests/burst.md";

    [Fact]
    public async Task A_burst_of_500_changes_is_coalesced_and_ends_with_the_last_versions_diagnostics()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        var text = Documents.Fixture("emoji-heading.md");
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 0, text));
        await client.DiagnosticsOfVersionAsync(Uri, 0);
        var lintsBefore = client.InProcess!.LintsStarted;

        // 500 whole-document changes written in one go; only the last one renames the heading.
        var burst = new MemoryStream();
        for (var v = 1; v <= 500; v++)
        {
            var body = v == 500 ? text.Replace("## 🔥 Summary", "## 🔥 Issue Summary", StringComparison.Ordinal) : text + $"\nEdit number {v}.\n";
            var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "textDocument/didChange", ["params"] = Documents.ChangeAll(Uri, v, body) };
            var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
            burst.Write(Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n"));
            burst.Write(bytes);
        }
        client.SendRaw(burst.ToArray());

        var last = await client.DiagnosticsOfVersionAsync(Uri, 500);
        Assert.DoesNotContain(Documents.Items(last), d => Documents.Code(d) == "DB003" && Documents.Start(d).Line == 2);
        // Nothing may follow the last version's diagnostics.
        await client.RequestAsync("debrief/ping", new JsonObject());
        await Task.Delay(500);
        var versions = client.Diagnostics(Uri).Select(p => p.GetProperty("version").GetInt32()).Where(v => v > 0).ToList();
        Assert.Equal(500, versions[^1]);
        Assert.True(versions.SequenceEqual(versions.Order()), $"versions out of order: {string.Join(", ", versions)}");
        // A lint that finishes while its version is still the latest is published (no added latency for a single edit);
        // in a burst that is at most the leading one.
        Assert.True(versions.Count <= 2, $"expected the burst coalesced, got publications for versions {string.Join(", ", versions)}");
        Assert.True(client.InProcess.LintsStarted - lintsBefore <= 4, $"{client.InProcess.LintsStarted - lintsBefore} lints for one burst");
    }

    [Fact]
    public async Task A_result_that_is_out_of_date_when_ready_is_never_published()
    {
        var analyzer = new GatedAnalyzer(held: 1);
        await using var client = TestClient.InMemory(new Debrief.Lsp.Server.LanguageServerOptions { Debounce = TimeSpan.Zero }, analyzer);
        await client.InitializeAsync();
        var text = Documents.Fixture("emoji-heading.md");
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, text));
        await analyzer.Started.WaitAsync(TestClient.Timeout); // the lint of version 1 is running (held)
        for (var v = 2; v <= 50; v++)
            client.Notify("textDocument/didChange", Documents.ChangeAll(Uri, v, text + $"\nEdit {v}.\n"));
        await client.RequestAsync("debrief/ping", new JsonObject()); // every change has been read
        analyzer.Release();

        var latest = await client.DiagnosticsOfVersionAsync(Uri, 50);
        Assert.NotEmpty(Documents.Items(latest));
        await Task.Delay(300);
        Assert.Equal([50], client.Diagnostics(Uri).Select(p => p.GetProperty("version").GetInt32()).ToList());
        // Version 1 (held, then stale) and version 50; nothing in between was linted.
        Assert.Equal(2, analyzer.Texts.Count);
        Assert.EndsWith("Edit 50.\n", analyzer.Texts.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_5_MB_document_is_linted_edited_and_queried()
    {
        var text = new StringBuilder(Documents.Fixture("emoji-heading.md")).Append("\n## Supporting information\n\n");
        const string paragraph = "The cache cluster evicted nothing, so every write failed and the image service returned errors — café ☕ users saw 🔥 grey tiles.\n\n";
        while (text.Length < 5 * 1024 * 1024)
            text.Append(paragraph);
        var huge = text.ToString();
        var slow = TimeSpan.FromMinutes(5);
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, huge));
        var opened = await client.DiagnosticsOfVersionAsync(Uri, 1, slow);
        Assert.Contains(Documents.Items(opened), d => Documents.Code(d) == "DB003" && Documents.Start(d).Line == 2);

        // An incremental edit near the top, then a hover on the changed line.
        client.Notify("textDocument/didChange", Documents.ChangeRange(Uri, 2, 2, 6, 13, "Issue Summary"));
        var changed = await client.DiagnosticsOfVersionAsync(Uri, 2, slow);
        Assert.DoesNotContain(Documents.Items(changed), d => Documents.Code(d) == "DB003" && Documents.Start(d).Line == 2);
        var lastLine = huge.Count(c => c == '\n');
        var symbols = await client.RequestAsync("textDocument/documentSymbol", Documents.Id(Uri)).WaitAsync(slow);
        var supporting = symbols.GetProperty("result").EnumerateArray()
            .SelectMany(s => s.TryGetProperty("children", out var c) ? c.EnumerateArray().Append(s) : [s])
            .First(s => s.GetProperty("name").GetString() == "Supporting information");
        Assert.True(Documents.End(supporting).Line >= lastLine - 2, $"the last section runs to the end of the 5 MB document (line {lastLine}), not {Documents.End(supporting).Line}");
    }

    [Fact]
    public async Task Memory_stays_bounded_over_1000_edits()
    {
        await using var client = TestClient.InMemory(new Debrief.Lsp.Server.LanguageServerOptions { Debounce = TimeSpan.FromMilliseconds(20) });
        await client.InitializeAsync();
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "postmortem-600-words.md"));
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 0, text));
        await client.DiagnosticsOfVersionAsync(Uri, 0);
        long after100 = 0;
        var version = 0;
        for (var batch = 1; batch <= 10; batch++)
        {
            for (var i = 0; i < 100; i++)
            {
                // Typing: one character inserted at the end of line 3, as an incremental change.
                version++;
                client.Notify("textDocument/didChange", Documents.ChangeRange(Uri, version, 2, 200, 200, "x"));
            }
            await client.DiagnosticsOfVersionAsync(Uri, version);
            if (batch == 1)
                after100 = GC.GetTotalMemory(forceFullCollection: true);
        }
        var after1000 = GC.GetTotalMemory(forceFullCollection: true);
        var growth = after1000 - after100;
        Assert.True(growth < 8 * 1024 * 1024, $"managed memory grew by {growth / 1024} KB between edit 100 and edit 1000");
        var symbols = await client.RequestAsync("textDocument/documentSymbol", Documents.Id(Uri));
        Assert.Equal(JsonValueKind.Array, symbols.GetProperty("result").ValueKind);
    }
}
