// JSON-RPC 2.0 over framed messages: dispatches requests and notifications, answers errors by the spec, cancels on $/cancelRequest.
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Debrief.Lsp.Protocol;

/// <summary>The JSON-RPC error codes used here (JSON-RPC 2.0 and LSP 3.17).</summary>
internal static class RpcErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
    public const int ContentModified = -32801;
}

/// <summary>A handler's way to answer with a JSON-RPC error.</summary>
internal sealed class RpcException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}

/// <summary>The result of a request: a value written with its source-generated type info, or null.</summary>
internal readonly struct RpcResult
{
    private readonly Action<Utf8JsonWriter>? _write;

    private RpcResult(Action<Utf8JsonWriter> write) => _write = write;

    /// <summary>A JSON null result.</summary>
    public static RpcResult Null => default;

    public static RpcResult From<T>(T value, JsonTypeInfo<T> info) => new(w => JsonSerializer.Serialize(w, value, info));

    public void WriteTo(Utf8JsonWriter writer)
    {
        if (_write is null)
            writer.WriteNullValue();
        else
            _write(writer);
    }
}

/// <summary>Answers a request. Params are deserialized before the call, on the reading thread, in message order:
/// a handler reads the state it needs before its first await, so it sees every earlier notification.</summary>
internal delegate Task<RpcResult> RequestHandler(JsonElement? parameters, CancellationToken cancellationToken);

/// <summary>Handles a notification, synchronously and in message order.</summary>
internal delegate void NotificationHandler(JsonElement? parameters);

/// <summary>A JSON-RPC 2.0 endpoint over one input and one output stream.</summary>
internal sealed class JsonRpcConnection
{
    private readonly FrameReader _reader;
    private readonly FrameWriter _writer;
    private readonly TextWriter _log;
    private readonly Dictionary<string, RequestHandler> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NotificationHandler> _notifications = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private int _nextOutgoingId;
    private volatile bool _stopRequested;

    public JsonRpcConnection(Stream input, Stream output, TextWriter log)
    {
        _reader = new FrameReader(input);
        _writer = new FrameWriter(output);
        _log = log;
    }

    /// <summary>Decides whether a method may run now; a non-null error is sent back instead (requests) or the message is dropped (notifications).</summary>
    public Func<string, bool, RpcException?>? Gate { get; set; }

    /// <summary>Requests in flight (for tests and diagnostics).</summary>
    public int PendingRequests => _pending.Count;

    public void OnRequest(string method, RequestHandler handler) => _requests[method] = handler;

    public void OnRequest<TParams>(string method, JsonTypeInfo<TParams> info, Func<TParams, CancellationToken, Task<RpcResult>> handler) =>
        _requests[method] = (p, ct) => handler(Read(p, info), ct);

    public void OnNotification(string method, NotificationHandler handler) => _notifications[method] = handler;

    public void OnNotification<TParams>(string method, JsonTypeInfo<TParams> info, Action<TParams> handler) =>
        _notifications[method] = p => handler(Read(p, info));

    /// <summary>Ends <see cref="RunAsync"/> after the message being handled.</summary>
    public void Stop() => _stopRequested = true;

    /// <summary>Reads and dispatches messages until the input ends or <see cref="Stop"/> is called.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!_stopRequested && _writer.Open)
            {
                var frame = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (frame is not { } f)
                    break;
                if (f.Problem is { } problem)
                    SendError(null, RpcErrorCodes.ParseError, $"bad message header: {problem}");
                if (f.Body is { } body)
                    Dispatch(body);
            }
        }
        finally
        {
            foreach (var cts in _pending.Values)
                cts.Cancel();
        }
    }

    /// <summary>Sends a notification.</summary>
    public void Notify<T>(string method, T parameters, JsonTypeInfo<T> info) =>
        Send(w =>
        {
            w.WriteString("method", method);
            w.WritePropertyName("params");
            JsonSerializer.Serialize(w, parameters, info);
        });

    /// <summary>Sends a request whose answer is not waited for (client/registerCapability); an error answer is logged.</summary>
    public void SendRequest<T>(string method, T parameters, JsonTypeInfo<T> info)
    {
        var id = $"debrief-{Interlocked.Increment(ref _nextOutgoingId)}";
        Send(w =>
        {
            w.WriteString("id", id);
            w.WriteString("method", method);
            w.WritePropertyName("params");
            JsonSerializer.Serialize(w, parameters, info);
        });
    }

    private void Dispatch(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            SendError(null, RpcErrorCodes.ParseError, $"invalid JSON: {e.Message}");
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                SendError(null, RpcErrorCodes.InvalidRequest, "batch messages are not used by LSP and not supported");
                return;
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                SendError(null, RpcErrorCodes.InvalidRequest, "a message must be a JSON object");
                return;
            }
            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind is JsonValueKind.Number or JsonValueKind.String)
                    id = idElement.GetRawText();
                else if (idElement.ValueKind != JsonValueKind.Null)
                {
                    SendError(null, RpcErrorCodes.InvalidRequest, "'id' must be a number or a string");
                    return;
                }
            }
            if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
            {
                SendError(id, RpcErrorCodes.InvalidRequest, "'jsonrpc' must be \"2.0\"");
                return;
            }
            if (!root.TryGetProperty("method", out var methodElement))
            {
                if (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _))
                {
                    if (root.TryGetProperty("error", out var error))
                        _log.WriteLine($"debrief lsp: the client answered request {id} with an error: {error.GetRawText()}");
                    return; // an answer to one of our requests
                }
                SendError(id, RpcErrorCodes.InvalidRequest, "a message needs a 'method' (or a 'result' or 'error' when it answers)");
                return;
            }
            if (methodElement.ValueKind != JsonValueKind.String)
            {
                SendError(id, RpcErrorCodes.InvalidRequest, "'method' must be a string");
                return;
            }
            var method = methodElement.GetString()!;
            JsonElement? parameters = null;
            if (root.TryGetProperty("params", out var p))
            {
                if (p.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
                {
                    if (id is not null)
                        SendError(id, RpcErrorCodes.InvalidParams, "'params' must be an object or an array");
                    return;
                }
                parameters = p;
            }
            if (id is not null)
                DispatchRequest(id, method, parameters);
            else
                DispatchNotification(method, parameters);
        }
    }

    private void DispatchRequest(string id, string method, JsonElement? parameters)
    {
        if (Gate?.Invoke(method, true) is { } refused)
        {
            SendError(id, refused.Code, refused.Message);
            return;
        }
        if (!_requests.TryGetValue(method, out var handler))
        {
            SendError(id, RpcErrorCodes.MethodNotFound, $"unknown method '{method}'");
            return;
        }
        var cts = new CancellationTokenSource();
        _pending[id] = cts;
        Task<RpcResult> task;
        try
        {
            task = handler(parameters, cts.Token);
        }
        catch (Exception e)
        {
            task = Task.FromException<RpcResult>(e);
        }
        _ = CompleteAsync(id, method, task, cts);
    }

    private async Task CompleteAsync(string id, string method, Task<RpcResult> task, CancellationTokenSource cts)
    {
        try
        {
            var result = await task.ConfigureAwait(false);
            Send(w =>
            {
                w.WritePropertyName("id");
                w.WriteRawValue(id);
                w.WritePropertyName("result");
                result.WriteTo(w);
            });
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            SendError(id, RpcErrorCodes.RequestCancelled, $"request {id} ({method}) was cancelled");
        }
        catch (RpcException e)
        {
            SendError(id, e.Code, e.Message);
        }
        catch (Exception e)
        {
            _log.WriteLine($"debrief lsp: internal error in {method}: {e}");
            SendError(id, RpcErrorCodes.InternalError, $"internal error in {method}: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            _pending.TryRemove(id, out _);
            cts.Dispose();
        }
    }

    private void DispatchNotification(string method, JsonElement? parameters)
    {
        if (method == "$/cancelRequest")
        {
            if (parameters is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("id", out var target)
                && target.ValueKind is JsonValueKind.Number or JsonValueKind.String
                && _pending.TryGetValue(target.GetRawText(), out var cts))
            {
                try
                {
                    cts.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // finished meanwhile
                }
            }
            return;
        }
        if (Gate?.Invoke(method, false) is not null)
            return;
        if (!_notifications.TryGetValue(method, out var handler))
        {
            if (!method.StartsWith("$/", StringComparison.Ordinal))
                _log.WriteLine($"debrief lsp: ignoring unknown notification '{method}'");
            return;
        }
        try
        {
            handler(parameters);
        }
        catch (RpcException e)
        {
            _log.WriteLine($"debrief lsp: {method}: {e.Message}");
        }
        catch (Exception e)
        {
            _log.WriteLine($"debrief lsp: internal error in {method}: {e}");
        }
    }

    private static T Read<T>(JsonElement? parameters, JsonTypeInfo<T> info)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } p)
            throw new RpcException(RpcErrorCodes.InvalidParams, "expected 'params' to be an object");
        try
        {
            return p.Deserialize(info) ?? throw new RpcException(RpcErrorCodes.InvalidParams, "expected 'params' to be an object");
        }
        catch (JsonException e)
        {
            throw new RpcException(RpcErrorCodes.InvalidParams, $"invalid params: {e.Message}");
        }
    }

    private void SendError(string? id, int code, string message) =>
        Send(w =>
        {
            w.WritePropertyName("id");
            if (id is null)
                w.WriteNullValue();
            else
                w.WriteRawValue(id);
            w.WriteStartObject("error");
            w.WriteNumber("code", code);
            w.WriteString("message", message);
            w.WriteEndObject();
        });

    // Non-ASCII text (a document's own words in a fix) is written as UTF-8, not as \u escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private void Send(Action<Utf8JsonWriter> members)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("jsonrpc", "2.0");
            members(w);
            w.WriteEndObject();
        }
        _writer.Write(buffer.WrittenSpan);
    }
}
