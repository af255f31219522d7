// The language features over the protocol: diagnostics (code, link, severity, UTF-16 range), quick fixes, hover, outline, config discovery.
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Debrief.Lsp.Tests;

public sealed class FeatureTests
{
    private const string Uri = "file:///tmp/debrief-lsp-tests/emoji-heading.md";

    [Fact]
    public async Task Opening_a_document_publishes_its_findings_with_rule_code_link_severity_and_source()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 3, Documents.Fixture("emoji-heading.md")));
        var published = await client.DiagnosticsOfVersionAsync(Uri, 3);
        var items = Documents.Items(published);
        Assert.All(items, d => Assert.Equal("debrief", d.GetProperty("source").GetString()));
        var missing = items.First(d => Documents.Code(d) == "DB001");
        Assert.Equal(1, missing.GetProperty("severity").GetInt32()); // error
        var synonym = items.First(d => Documents.Code(d) == "DB003");
        Assert.Equal(3, synonym.GetProperty("severity").GetInt32()); // info
        Assert.Equal("https://github.com/debrief/debrief/blob/main/docs/rules/DB003.md", synonym.GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.Equal(2, items.First(d => Documents.Code(d) == "DB030").GetProperty("severity").GetInt32()); // warning
    }

    [Fact]
    public async Task Ranges_are_0_based_lines_and_UTF16_columns()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, Documents.Fixture("emoji-heading.md")));
        var items = Documents.Items(await client.DiagnosticsOfVersionAsync(Uri, 1));
        // Line 3 of the file is "## 🔥 Summary"; the emoji is two UTF-16 code units.
        var synonym = items.First(d => Documents.Code(d) == "DB003" && Documents.Start(d).Line == 2);
        Assert.Equal((2, 0), Documents.Start(synonym));
        Assert.Equal((2, "## 🔥 Summary".Length), Documents.End(synonym));
        // Whole-document findings sit on the first line.
        Assert.Equal(0, Documents.Start(items.First(d => Documents.Code(d) == "DB001")).Line);
    }

    [Fact]
    public async Task Windows_line_endings_give_the_same_lines()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        var crlf = Documents.Fixture("emoji-heading.md").Replace("\n", "\r\n", StringComparison.Ordinal);
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, crlf));
        var items = Documents.Items(await client.DiagnosticsOfVersionAsync(Uri, 1));
        var lines = items.Where(d => Documents.Code(d) == "DB003").Select(d => Documents.Start(d).Line).Order().ToList();
        Assert.Equal([2, 6], lines);
        var heading = items.First(d => Documents.Code(d) == "DB003" && Documents.Start(d).Line == 2);
        Assert.Equal((2, "## 🔥 Summary".Length), Documents.End(heading)); // the range stops before "\r\n"
    }

    [Fact]
    public async Task A_quick_fix_renames_the_heading_keeping_the_emoji()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        var text = Documents.Fixture("emoji-heading.md");
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, text));
        await client.DiagnosticsOfVersionAsync(Uri, 1);
        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = Documents.Range(2, 8, 2, 8),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("quickfix") },
        });
        var actions = response.GetProperty("result").EnumerateArray().ToList();
        var rename = Assert.Single(actions, a => a.GetProperty("title").GetString() == "Rename heading to 'Issue Summary'");
        Assert.Equal("quickfix", rename.GetProperty("kind").GetString());
        Assert.Equal("DB003", Documents.Code(rename.GetProperty("diagnostics")[0]));
        var edits = rename.GetProperty("edit").GetProperty("changes").GetProperty(Uri).EnumerateArray().ToList();
        var edit = Assert.Single(edits);
        Assert.Equal((2, 6), Documents.Start(edit)); // after "## 🔥 " (3 + 2 + 1 UTF-16 units)
        var fixedText = Documents.Apply(text, edits);
        Assert.Contains("\n## 🔥 Issue Summary\n", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(actions, a => a.GetProperty("kind").GetString() != "quickfix");
    }

    [Fact]
    public async Task Fix_all_applies_what_lint_fix_applies_and_edits_carry_the_version_when_the_client_supports_it()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync(new JsonObject { ["workspace"] = new JsonObject { ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true } } });
        var text = Documents.Fixture("emoji-heading.md");
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 4, text));
        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = Documents.Range(0, 0, 0, 0),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("source.fixAll") },
        });
        var all = Assert.Single(response.GetProperty("result").EnumerateArray());
        Assert.Equal("source.fixAll.debrief", all.GetProperty("kind").GetString());
        var change = all.GetProperty("edit").GetProperty("documentChanges")[0];
        Assert.Equal(4, change.GetProperty("textDocument").GetProperty("version").GetInt32());
        var fixedText = Documents.Apply(text, change.GetProperty("edits").EnumerateArray());
        Assert.Contains("## 🔥 Issue Summary", fixedText, StringComparison.Ordinal);
        Assert.Contains("## Corrective and Preventative Measures", fixedText, StringComparison.Ordinal);
        Assert.Contains("## Timeline", fixedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_finding_explains_the_rule_and_links_its_page()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, Documents.Fixture("emoji-heading.md")));
        var hover = (await client.RequestAsync("textDocument/hover", Documents.At(Uri, 2, 9))).GetProperty("result");
        var markdown = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        Assert.Contains("**DB003 heading-names** (info)", markdown, StringComparison.Ordinal);
        Assert.Contains("heading '🔥 Summary' is a synonym of 'Issue Summary'", markdown, StringComparison.Ordinal);
        Assert.Contains("**Why it matters.**", markdown, StringComparison.Ordinal);
        Assert.Contains("quick fix: Rename heading to 'Issue Summary'", markdown, StringComparison.Ordinal);
        Assert.Contains("(https://github.com/debrief/debrief/blob/main/docs/rules/DB003.md)", markdown, StringComparison.Ordinal);
        Assert.Equal(2, Documents.Start(hover).Line);
    }

    [Fact]
    public async Task Hover_where_there_is_no_finding_is_null()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, Documents.Fixture("emoji-heading.md")));
        var hover = await client.RequestAsync("textDocument/hover", Documents.At(Uri, 8, 3));
        Assert.Equal(JsonValueKind.Null, hover.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task The_outline_lists_the_sections_and_the_element_report()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, Documents.Fixture("emoji-heading.md")));
        var symbols = (await client.RequestAsync("textDocument/documentSymbol", Documents.Id(Uri))).GetProperty("result").EnumerateArray().ToList();
        var title = symbols.First(s => s.GetProperty("name").GetString() == "Café checkout outage");
        var children = title.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["🔥 Summary", "Corrective and Preventive Measures"], children);
        var elements = symbols.Single(s => s.GetProperty("name").GetString()!.StartsWith("Elements:", StringComparison.Ordinal));
        var names = elements.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Contains("✓ summary.duration", names);
        Assert.Contains("✗ timeline", names);
        var duration = elements.GetProperty("children").EnumerateArray().First(c => c.GetProperty("name").GetString() == "✓ summary.duration");
        Assert.Equal(4, Documents.Start(duration).Line);
        Assert.StartsWith("present (required)", duration.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_hierarchical_support_the_outline_is_flat_with_containers()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync(new JsonObject());
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, Documents.Fixture("emoji-heading.md")));
        var symbols = (await client.RequestAsync("textDocument/documentSymbol", Documents.Id(Uri))).GetProperty("result").EnumerateArray().ToList();
        var summary = symbols.Single(s => s.GetProperty("name").GetString() == "🔥 Summary");
        Assert.Equal("Café checkout outage", summary.GetProperty("containerName").GetString());
        Assert.Equal(Uri, summary.GetProperty("location").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task An_incremental_change_is_applied_and_linted()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, Documents.Fixture("emoji-heading.md")));
        await client.DiagnosticsOfVersionAsync(Uri, 1);
        // Replace "Summary" (UTF-16 columns 6-13 of line 2) by "Issue Summary".
        client.Notify("textDocument/didChange", Documents.ChangeRange(Uri, 2, 2, 6, 13, "Issue Summary"));
        var items = Documents.Items(await client.DiagnosticsOfVersionAsync(Uri, 2));
        Assert.DoesNotContain(items, d => Documents.Code(d) == "DB003" && Documents.Start(d).Line == 2);
        Assert.Contains(items, d => Documents.Code(d) == "DB003" && Documents.Start(d).Line == 6);
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, Documents.Fixture("emoji-heading.md")));
        await client.DiagnosticsOfVersionAsync(Uri, 1);
        client.Notify("textDocument/didClose", Documents.Id(Uri));
        var cleared = await client.WaitForAsync(m => TestClient.Method(m) == "textDocument/publishDiagnostics"
            && m.GetProperty("params").GetProperty("diagnostics").GetArrayLength() == 0);
        Assert.Equal(Uri, cleared.GetProperty("params").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Config_is_found_walking_up_from_the_document_and_reloaded_when_it_changes()
    {
        using var dir = new TempDirectory();
        var docPath = Path.Combine(dir.Path, "incidents", "2024", "outage.md");
        Directory.CreateDirectory(Path.GetDirectoryName(docPath)!);
        File.WriteAllText(docPath, Documents.Fixture("emoji-heading.md"));
        var config = Path.Combine(dir.Path, ".debrief.yml");
        File.WriteAllText(config, "rules:\n  DB003: off\n");
        var uri = Documents.UriOf(docPath);
        await using var client = TestClient.InMemory(new Debrief.Lsp.Server.LanguageServerOptions { Debounce = TimeSpan.Zero });
        await client.InitializeAsync(new JsonObject { ["workspace"] = new JsonObject { ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true } } });
        var register = await client.WaitForAsync(m => TestClient.Method(m) == "client/registerCapability");
        Assert.Equal("**/.debrief.yml", register.GetProperty("params").GetProperty("registrations")[0].GetProperty("registerOptions").GetProperty("watchers")[0].GetProperty("globPattern").GetString());

        client.Notify("textDocument/didOpen", Documents.Open(uri, 1, File.ReadAllText(docPath)));
        Assert.DoesNotContain(Documents.Items(await client.DiagnosticsOfVersionAsync(uri, 1)), d => Documents.Code(d) == "DB003");

        // Edited outside the editor: the next lint sees the new timestamp.
        File.WriteAllText(config, "rules:\n  DB003: error\n  DB030: off\n");
        client.Notify("textDocument/didChange", Documents.ChangeAll(uri, 2, File.ReadAllText(docPath)));
        var v2 = Documents.Items(await client.DiagnosticsOfVersionAsync(uri, 2));
        Assert.Contains(v2, d => Documents.Code(d) == "DB003" && d.GetProperty("severity").GetInt32() == 1);
        Assert.DoesNotContain(v2, d => Documents.Code(d) == "DB030");

        // A watched-file event relints open documents without an edit.
        var before = client.Diagnostics(uri).Count;
        File.WriteAllText(config, "rules:\n  DB003: off\n  DB030: off\n");
        client.Notify("workspace/didChangeWatchedFiles", new JsonObject { ["changes"] = new JsonArray(new JsonObject { ["uri"] = Documents.UriOf(config), ["type"] = 2 }) });
        var relinted = await client.WaitForAsync(m => client.Diagnostics(uri).Count > before);
        Assert.NotNull(relinted.ToString());
        Assert.DoesNotContain(Documents.Items(client.Diagnostics(uri)[^1]), d => Documents.Code(d) == "DB003");
    }

    [Fact]
    public async Task Saving_relints_with_a_config_edited_outside_the_editor()
    {
        using var dir = new TempDirectory();
        var docPath = Path.Combine(dir.Path, "outage.md");
        File.WriteAllText(docPath, Documents.Fixture("emoji-heading.md"));
        var config = Path.Combine(dir.Path, ".debrief.yml");
        File.WriteAllText(config, "rules:\n  DB030: warning\n");
        var uri = Documents.UriOf(docPath);
        await using var client = TestClient.InMemory(new Debrief.Lsp.Server.LanguageServerOptions { Debounce = TimeSpan.Zero });
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open(uri, 1, File.ReadAllText(docPath)));
        Assert.Contains(Documents.Items(await client.DiagnosticsOfVersionAsync(uri, 1)), d => Documents.Code(d) == "DB003");
        File.WriteAllText(config, "rules:\n  DB003: off\n");
        client.Notify("textDocument/didSave", Documents.Id(uri));
        await client.WaitForAsync(_ => client.Diagnostics(uri).Count >= 2);
        Assert.DoesNotContain(Documents.Items(client.Diagnostics(uri)[^1]), d => Documents.Code(d) == "DB003");
    }

    [Fact]
    public async Task A_broken_config_is_one_error_on_the_first_line_naming_the_file_and_line()
    {
        using var dir = new TempDirectory();
        var docPath = Path.Combine(dir.Path, "outage.md");
        File.WriteAllText(docPath, Documents.Fixture("emoji-heading.md"));
        File.WriteAllText(Path.Combine(dir.Path, ".debrief.yml"), "rules:\n  DB003: off\nnonsense: 1\n");
        var uri = Documents.UriOf(docPath);
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open(uri, 1, File.ReadAllText(docPath)));
        var item = Assert.Single(Documents.Items(await client.DiagnosticsOfVersionAsync(uri, 1)));
        Assert.Equal("config", Documents.Code(item));
        Assert.Equal(1, item.GetProperty("severity").GetInt32());
        Assert.Contains(".debrief.yml:3: unknown key 'nonsense'", item.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(item.TryGetProperty("codeDescription", out _));
    }

    [Fact]
    public async Task The_rule_page_base_url_is_configurable()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync(initializationOptions: new JsonObject { ["ruleDocsBaseUrl"] = "https://docs.example.test/rules" });
        client.Notify("textDocument/didOpen", Documents.Open(Uri, 1, Documents.Fixture("emoji-heading.md")));
        var items = Documents.Items(await client.DiagnosticsOfVersionAsync(Uri, 1));
        Assert.Equal("https://docs.example.test/rules/DB003.md", items.First(d => Documents.Code(d) == "DB003").GetProperty("codeDescription").GetProperty("href").GetString());
    }
}

internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "debrief-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // left for the OS to clean
        }
    }
}
