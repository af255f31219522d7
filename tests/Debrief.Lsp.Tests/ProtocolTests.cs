// JSON-RPC and LSP lifecycle: initialize, shutdown/exit codes, and malformed messages answered with the right errors (never a crash).
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Debrief.Lsp.Tests;

public sealed class ProtocolTests
{
    [Fact]
    public async Task Initialize_announces_the_capabilities()
    {
        await using var client = TestClient.InMemory();
        var result = await client.InitializeAsync();
        var caps = result.GetProperty("capabilities");
        Assert.Equal("utf-16", caps.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, caps.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(caps.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.True(caps.GetProperty("hoverProvider").GetBoolean());
        Assert.True(caps.GetProperty("documentSymbolProvider").GetBoolean());
        var kinds = caps.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Contains("quickfix", kinds);
        Assert.Equal("debrief", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_0()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);
        client.Notify("exit", null);
        Assert.Equal(0, await client.Server.WaitAsync(TestClient.Timeout));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("exit", null);
        Assert.Equal(1, await client.Server.WaitAsync(TestClient.Timeout));
    }

    [Fact]
    public async Task Input_closed_without_exit_ends_the_server_with_code_1()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.CloseInput();
        Assert.Equal(1, await client.Server.WaitAsync(TestClient.Timeout));
    }

    [Fact]
    public async Task A_request_before_initialize_is_refused_with_ServerNotInitialized()
    {
        await using var client = TestClient.InMemory();
        var response = await client.RequestAsync("textDocument/hover", Hover("file:///x.md", 0, 0));
        Assert.Equal(-32002, ErrorCode(response));
    }

    [Fact]
    public async Task A_request_after_shutdown_is_an_invalid_request()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        await client.RequestAsync("shutdown", null);
        var response = await client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///x.md" } });
        Assert.Equal(-32600, ErrorCode(response));
    }

    [Fact]
    public async Task An_unknown_method_is_MethodNotFound_with_the_request_id_echoed()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        var numeric = await client.RequestAsync("debrief/nope", new JsonObject(), JsonValue.Create(41));
        Assert.Equal(-32601, ErrorCode(numeric));
        Assert.Equal(41, numeric.GetProperty("id").GetInt32());
        var text = await client.RequestAsync("debrief/nope", new JsonObject(), JsonValue.Create("abc"));
        Assert.Equal(-32601, ErrorCode(text));
        Assert.Equal("abc", text.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Invalid_JSON_is_a_parse_error_and_the_server_goes_on()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.SendBody(Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": "));
        var error = await client.WaitForAsync(IsErrorWithNullId);
        Assert.Equal(-32700, ErrorCode(error));
        await AssertStillServing(client);
    }

    [Theory]
    [InlineData("Content-Length: abc\r\n\r\n{}")]
    [InlineData("Content-Lenght: 2\r\n\r\n{}")]
    [InlineData("this is not a header\r\n\r\n")]
    [InlineData("Content-Type: application/vscode-jsonrpc; charset=latin-1\r\nContent-Length: 2\r\n\r\n{}")]
    public async Task A_bad_header_is_a_parse_error_and_the_next_message_is_served(string raw)
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.SendRaw(Encoding.ASCII.GetBytes(raw));
        var error = await client.WaitForAsync(IsErrorWithNullId);
        Assert.Equal(-32700, ErrorCode(error));
        Assert.Contains("header", error.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        await AssertStillServing(client);
    }

    [Fact]
    public async Task A_body_sent_without_a_header_is_skipped_and_the_following_message_is_served()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.SendRaw(Encoding.ASCII.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}"));
        await AssertStillServing(client);
        Assert.Contains(client.Received, IsErrorWithNullId);
    }

    [Theory]
    [InlineData("42", -32600)]
    [InlineData("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]", -32600)]
    [InlineData("{\"id\":1,\"method\":\"shutdown\"}", -32600)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}", -32600)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":{\"x\":1},\"method\":\"shutdown\"}", -32600)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1}", -32600)]
    public async Task A_message_that_is_not_a_request_is_an_invalid_request(string body, int code)
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.SendBody(Encoding.UTF8.GetBytes(body));
        var error = await client.WaitForAsync(m => m.TryGetProperty("error", out _));
        Assert.Equal(code, ErrorCode(error));
        await AssertStillServing(client);
    }

    [Fact]
    public async Task Params_of_the_wrong_shape_are_InvalidParams()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        var notObject = await client.RequestAsync("textDocument/hover", new JsonArray(1, 2));
        Assert.Equal(-32602, ErrorCode(notObject));
        var wrongType = await client.RequestAsync("textDocument/hover", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = 5 }, ["position"] = "top" });
        Assert.Equal(-32602, ErrorCode(wrongType));
        var notOpen = await client.RequestAsync("textDocument/hover", Hover("file:///never-opened.md", 0, 0));
        Assert.Equal(-32602, ErrorCode(notOpen));
    }

    [Fact]
    public async Task A_broken_notification_is_logged_and_dropped()
    {
        await using var client = TestClient.InMemory();
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///a.md" } });
        client.Notify("textDocument/didChange", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///not-open.md", ["version"] = 2 } });
        await AssertStillServing(client);
        Assert.Contains("didOpen needs", client.Log(), StringComparison.Ordinal);
        Assert.Contains("not open", client.Log(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_request_answers_RequestCancelled()
    {
        var analyzer = new GatedAnalyzer();
        await using var client = TestClient.InMemory(analyzer: analyzer);
        await client.InitializeAsync();
        client.Notify("textDocument/didOpen", Documents.Open("file:///slow.md", 1, "# Slow\n"));
        var pending = client.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = "file:///slow.md" } }, JsonValue.Create(500));
        await analyzer.Started.WaitAsync(TestClient.Timeout);
        client.Notify("$/cancelRequest", new JsonObject { ["id"] = 500 });
        var response = await pending;
        Assert.Equal(-32800, ErrorCode(response));
        analyzer.Release();
    }

    internal static int ErrorCode(JsonElement response) => response.GetProperty("error").GetProperty("code").GetInt32();

    private static bool IsErrorWithNullId(JsonElement m) =>
        m.TryGetProperty("error", out _) && m.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Null;

    private static JsonObject Hover(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    /// <summary>The server still answers a request after whatever came before.</summary>
    private static async Task AssertStillServing(TestClient client)
    {
        var response = await client.RequestAsync("debrief/ping", new JsonObject());
        Assert.Equal(-32601, ErrorCode(response));
    }
}
