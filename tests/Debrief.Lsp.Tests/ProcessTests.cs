// `debrief lsp` as a real process over stdio: the full lifecycle, diagnostics, and the exit code LSP asks for.
using System.Text.Json.Nodes;

namespace Debrief.Lsp.Tests;

public sealed class ProcessTests
{
    [Fact]
    public async Task Debrief_lsp_serves_over_stdio_and_exits_0_after_shutdown_and_exit()
    {
        await using var client = TestClient.Process("--stdio");
        var init = await client.InitializeAsync();
        Assert.Equal("debrief", init.GetProperty("serverInfo").GetProperty("name").GetString());
        var uri = Documents.UriOf(Documents.FixturePath("emoji-heading.md"));
        client.Notify("textDocument/didOpen", Documents.Open(uri, 1, Documents.Fixture("emoji-heading.md")));
        var published = await client.DiagnosticsOfVersionAsync(uri, 1);
        Assert.Contains(Documents.Items(published), d => Documents.Code(d) == "DB003");
        await client.RequestAsync("shutdown", null);
        client.Notify("exit", null);
        Assert.Equal(0, await client.Server.WaitAsync(TestClient.Timeout));
    }

    [Fact]
    public async Task A_negative_debounce_is_a_usage_error()
    {
        await using var client = TestClient.Process("--debounce-ms", "-5");
        Assert.Equal(2, await client.Server.WaitAsync(TestClient.Timeout));
        await Task.Delay(100);
        Assert.Contains("--debounce-ms must be 0 or more", client.Log(), StringComparison.Ordinal);
    }
}
