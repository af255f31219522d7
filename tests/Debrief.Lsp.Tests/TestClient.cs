// A small LSP client for tests, with its own framing code (not the server's): requests with ids, notifications, raw bytes.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Debrief.Lsp.Analysis;
using Debrief.Lsp.Server;

namespace Debrief.Lsp.Tests;

internal sealed class TestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Stream _toServer;
    private readonly Stream _fromServer;
    private readonly Action? _closeInput;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _waiting = new();
    private readonly List<JsonElement> _received = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly Task _reader;
    private int _nextId;
    private Action? _kill;

    private TestClient(Stream toServer, Stream fromServer, Action? closeInput, Task<int> server, Func<string> log)
    {
        _toServer = toServer;
        _fromServer = fromServer;
        _closeInput = closeInput;
        Server = server;
        Log = log;
        _reader = Task.Run(ReadLoop);
    }

    /// <summary>The server's exit code, once it ends.</summary>
    public Task<int> Server { get; }

    /// <summary>What the server logged (stderr).</summary>
    public Func<string> Log { get; }

    /// <summary>The in-process server, when there is one.</summary>
    public LanguageServer? InProcess { get; private init; }

    /// <summary>A server in this process over in-memory pipes.</summary>
    public static TestClient InMemory(LanguageServerOptions? options = null, IDocumentAnalyzer? analyzer = null)
    {
        var toServer = new Pipe();
        var fromServer = new Pipe();
        var log = new StringWriter();
        var syncLog = TextWriter.Synchronized(log);
        var server = new LanguageServer(toServer.Reader.AsStream(), fromServer.Writer.AsStream(), syncLog,
            options ?? new LanguageServerOptions(), analyzer ?? new CoreAnalyzer());
        var run = Task.Run(async () =>
        {
            try
            {
                return await server.RunAsync();
            }
            finally
            {
                await fromServer.Writer.CompleteAsync();
            }
        });
        return new TestClient(toServer.Writer.AsStream(), fromServer.Reader.AsStream(), () => toServer.Writer.Complete(), run, () => log.ToString())
        {
            InProcess = server,
        };
    }

    /// <summary>`debrief lsp` as a child process (debrief.dll beside the tests).</summary>
    public static TestClient Process(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "debrief.dll"));
        start.ArgumentList.Add("lsp");
        foreach (var a in args)
            start.ArgumentList.Add(a);
        var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var exit = Task.Run(async () =>
        {
            await process.WaitForExitAsync();
            return process.ExitCode;
        });
        return new TestClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, () => process.StandardInput.Close(), exit,
            () => stderr.Wait(TimeSpan.FromSeconds(5)) ? stderr.Result : "(stderr still open)")
        {
            _kill = () => process.Kill(entireProcessTree: true),
        };
    }

    public async Task<JsonElement> InitializeAsync(JsonNode? capabilities = null, JsonNode? initializationOptions = null, string? rootUri = null)
    {
        var result = await RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootUri,
            ["capabilities"] = capabilities ?? new JsonObject
            {
                ["textDocument"] = new JsonObject { ["documentSymbol"] = new JsonObject { ["hierarchicalDocumentSymbolSupport"] = true } },
            },
            ["initializationOptions"] = initializationOptions,
        });
        Notify("initialized", new JsonObject());
        return result.GetProperty("result");
    }

    /// <summary>Sends a request and waits for its response (result or error), returned whole.</summary>
    public Task<JsonElement> RequestAsync(string method, JsonNode? parameters, JsonNode? id = null)
    {
        id ??= JsonValue.Create(Interlocked.Increment(ref _nextId));
        var key = id.ToJsonString();
        var tcs = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[key] = tcs;
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
            message["params"] = parameters;
        Send(message);
        return tcs.Task.WaitAsync(Timeout);
    }

    public void Notify(string method, JsonNode? parameters)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null)
            message["params"] = parameters;
        Send(message);
    }

    public void Send(JsonNode message) => SendBody(Encoding.UTF8.GetBytes(message.ToJsonString()));

    public void SendBody(byte[] body) => SendRaw([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);

    public void SendRaw(byte[] bytes)
    {
        lock (_toServer)
        {
            _toServer.Write(bytes);
            _toServer.Flush();
        }
    }

    /// <summary>Ends the server's input (as if the editor died).</summary>
    public void CloseInput() => _closeInput?.Invoke();

    /// <summary>Every message received so far that is not the answer to one of our requests.</summary>
    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (_gate)
                return [.. _received];
        }
    }

    /// <summary>The publishDiagnostics notifications received so far for a URI.</summary>
    public IReadOnlyList<JsonElement> Diagnostics(string uri) =>
        Received.Where(m => Method(m) == "textDocument/publishDiagnostics" && m.GetProperty("params").GetProperty("uri").GetString() == uri)
            .Select(m => m.GetProperty("params")).ToList();

    /// <summary>Waits until a received message matches (messages already received count).</summary>
    public async Task<JsonElement> WaitForAsync(Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? Timeout;
        while (true)
        {
            foreach (var m in Received)
                if (match(m))
                    return m;
            var left = limit - deadline.Elapsed;
            if (left <= TimeSpan.Zero || _reader.IsCompleted && !await _arrived.WaitAsync(0))
                throw new TimeoutException($"no matching message within {limit.TotalSeconds} s; received {Received.Count}; server log:\n{Log()}");
            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>Waits for the diagnostics of a document version.</summary>
    public async Task<JsonElement> DiagnosticsOfVersionAsync(string uri, int version, TimeSpan? timeout = null)
    {
        var m = await WaitForAsync(m => Method(m) == "textDocument/publishDiagnostics"
            && m.GetProperty("params").GetProperty("uri").GetString() == uri
            && m.GetProperty("params").TryGetProperty("version", out var v) && v.GetInt32() == version, timeout);
        return m.GetProperty("params");
    }

    public static string? Method(JsonElement message) =>
        message.TryGetProperty("method", out var m) ? m.GetString() : null;

    public async ValueTask DisposeAsync()
    {
        CloseInput();
        try
        {
            await Server.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            _kill?.Invoke(); // a failure the test that waited for it reports
        }
    }

    private async Task ReadLoop()
    {
        var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (true)
        {
            var n = await _fromServer.ReadAsync(chunk);
            if (n == 0)
                break;
            buffer.Write(chunk, 0, n);
            while (TryTakeMessage(buffer, out var body))
                Deliver(JsonDocument.Parse(body).RootElement.Clone());
        }
        _arrived.Release();
    }

    private static bool TryTakeMessage(MemoryStream buffer, out byte[] body)
    {
        body = [];
        var data = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var end = data.IndexOf("\r\n\r\n"u8);
        if (end < 0)
            return false;
        var header = Encoding.ASCII.GetString(data[..end]);
        var length = header.Split("\r\n").Select(l => l.Split(':', 2)).Where(p => p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).Single();
        if (data.Length < end + 4 + length)
            return false;
        body = data.Slice(end + 4, length).ToArray();
        var rest = data[(end + 4 + length)..].ToArray();
        buffer.SetLength(0);
        buffer.Write(rest);
        return true;
    }

    private void Deliver(JsonElement message)
    {
        var hasMethod = message.TryGetProperty("method", out _);
        if (!hasMethod && message.TryGetProperty("id", out var id) && id.ValueKind != JsonValueKind.Null
            && _waiting.TryRemove(id.GetRawText(), out var tcs))
        {
            tcs.SetResult(message);
            return;
        }
        if (hasMethod && message.TryGetProperty("id", out var requestId))
        {
            // A request from the server (client/registerCapability): accept it.
            Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(requestId.GetRawText()), ["result"] = null });
        }
        lock (_gate)
            _received.Add(message);
        _arrived.Release();
    }
}
