// The language server: LSP lifecycle (initialize, shutdown, exit), document sync, and the requests, wired onto the JSON-RPC connection.
using System.Text.Json;
using Debrief.Lsp.Analysis;
using Debrief.Lsp.Features;
using Debrief.Lsp.Protocol;

namespace Debrief.Lsp.Server;

/// <summary>Settings of a server; the client's <c>initializationOptions</c> (<c>ruleDocsBaseUrl</c>, <c>debounceMs</c>) override them.</summary>
public sealed record LanguageServerOptions
{
    /// <summary>Where rule pages are linked: base + "DB010.md". Default: the repository's docs/rules.</summary>
    public string? RuleDocsBaseUrl { get; init; }

    /// <summary>The shortest time between two lints of one document while it changes (edits in between are coalesced).</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>The server's version, reported in <c>serverInfo</c>.</summary>
    public string Version { get; init; } = "0.0.0";
}

/// <summary>Runs one LSP session over a pair of streams.</summary>
public sealed class LanguageServer
{
    private readonly JsonRpcConnection _connection;
    private readonly IDocumentAnalyzer _analyzer;
    private readonly DocumentStore _documents;
    private readonly TextWriter _log;
    private readonly LanguageServerOptions _options;
    private DiagnosticsScheduler _scheduler;
    private string? _ruleDocsBase;
    private bool _hierarchicalSymbols;
    private bool _versionedEdits;
    private bool _watchConfig;
    private int _state; // 0 new, 1 initialized, 2 shut down
    private bool _exited;

    /// <summary>A server over <paramref name="input"/> (client to server) and <paramref name="output"/>; <paramref name="log"/> takes
    /// what a person may need to read (stderr in <c>debrief lsp</c>).</summary>
    public LanguageServer(Stream input, Stream output, TextWriter log, LanguageServerOptions? options = null)
        : this(input, output, log, options ?? new LanguageServerOptions(), new CoreAnalyzer())
    {
    }

    internal LanguageServer(Stream input, Stream output, TextWriter log, LanguageServerOptions options, IDocumentAnalyzer analyzer)
    {
        _connection = new JsonRpcConnection(input, output, log);
        _analyzer = analyzer;
        _documents = new DocumentStore(analyzer);
        _log = log;
        _options = options;
        _ruleDocsBase = options.RuleDocsBaseUrl ?? CoreAnalyzer.DefaultRuleDocsBase;
        _scheduler = new DiagnosticsScheduler(_documents, Publish, options.Debounce, log);
        Register();
    }

    /// <summary>Lints started so far (tests check that a burst of edits is coalesced).</summary>
    internal int LintsStarted => _scheduler.LintsStarted;

    /// <summary>Serves until the client sends <c>exit</c> or closes the input. Returns the process exit code:
    /// 0 after shutdown then exit, 1 otherwise (as LSP asks).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await _connection.RunAsync(cancellationToken).ConfigureAwait(false);
        foreach (var document in _documents.All.ToList())
            _documents.Remove(document.Current.Uri);
        return _exited && _state == 2 ? 0 : 1;
    }

    private void Register()
    {
        var c = LspJsonContext.Default;
        _connection.Gate = (method, isRequest) => method switch
        {
            "exit" => null,
            "initialize" when _state == 0 => null,
            "initialize" => new RpcException(RpcErrorCodes.InvalidRequest, "initialize was already received"),
            _ when _state == 0 => isRequest ? new RpcException(RpcErrorCodes.ServerNotInitialized, $"'{method}' before initialize") : new RpcException(0, "dropped"),
            _ when _state == 2 && isRequest => new RpcException(RpcErrorCodes.InvalidRequest, $"'{method}' after shutdown"),
            _ => null,
        };
        _connection.OnRequest("initialize", c.InitializeParams, (p, _) => Task.FromResult(Initialize(p)));
        _connection.OnNotification("initialized", _ => Initialized());
        _connection.OnRequest("shutdown", (_, _) =>
        {
            _state = 2;
            return Task.FromResult(RpcResult.Null);
        });
        _connection.OnNotification("exit", _ =>
        {
            _exited = true;
            _connection.Stop();
        });
        _connection.OnNotification("textDocument/didOpen", c.DidOpenTextDocumentParams, DidOpen);
        _connection.OnNotification("textDocument/didChange", c.DidChangeTextDocumentParams, DidChange);
        _connection.OnNotification("textDocument/didClose", c.DidCloseTextDocumentParams, DidClose);
        _connection.OnNotification("textDocument/didSave", c.DidSaveTextDocumentParams, DidSave);
        _connection.OnNotification("workspace/didChangeWatchedFiles", c.DidChangeWatchedFilesParams, DidChangeWatchedFiles);
        _connection.OnRequest("textDocument/codeAction", c.CodeActionParams, CodeActionAsync);
        _connection.OnRequest("textDocument/hover", c.TextDocumentPositionParams, HoverAsync);
        _connection.OnRequest("textDocument/documentSymbol", c.DocumentSymbolParams, DocumentSymbolAsync);
    }

    private RpcResult Initialize(InitializeParams p)
    {
        var capabilities = p.Capabilities ?? default;
        _hierarchicalSymbols = Flag(capabilities, "textDocument", "documentSymbol", "hierarchicalDocumentSymbolSupport");
        _versionedEdits = Flag(capabilities, "workspace", "workspaceEdit", "documentChanges");
        _watchConfig = Flag(capabilities, "workspace", "didChangeWatchedFiles", "dynamicRegistration");
        if (p.InitializationOptions is { ValueKind: JsonValueKind.Object } options)
        {
            if (options.TryGetProperty("ruleDocsBaseUrl", out var url) && url.ValueKind == JsonValueKind.String)
                _ruleDocsBase = url.GetString();
            if (options.TryGetProperty("debounceMs", out var ms) && ms.TryGetInt32(out var debounce) && debounce >= 0)
                _scheduler = new DiagnosticsScheduler(_documents, Publish, TimeSpan.FromMilliseconds(debounce), _log);
        }
        var root = p.WorkspaceFolders is [{ Uri: { } first }, ..] ? first : p.RootUri;
        _documents.WorkspaceRoot = root is not null ? DocumentSnapshot.PathOf(root) : p.RootPath;
        _state = 1;
        var result = new InitializeResult(
            new ServerCapabilities
            {
                TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, SyncKind.Incremental, new SaveOptions(IncludeText: false)),
                HoverProvider = true,
                DocumentSymbolProvider = true,
                CodeActionProvider = new CodeActionOptions([CodeActions.QuickFix, CodeActions.FixAll]),
            },
            new ServerInfo("debrief", _options.Version));
        return RpcResult.From(result, LspJsonContext.Default.InitializeResult);
    }

    private void Initialized()
    {
        if (!_watchConfig)
            return; // config is still re-read at each lint when its timestamp changes
        var watch = new Registration("debrief-config", "workspace/didChangeWatchedFiles",
            new DidChangeWatchedFilesRegistrationOptions([new FileWatcher("**/.debrief.yml")]));
        _connection.SendRequest("client/registerCapability", new RegistrationParams([watch]), LspJsonContext.Default.RegistrationParams);
    }

    private void DidOpen(DidOpenTextDocumentParams p)
    {
        var item = p.TextDocument ?? throw new RpcException(RpcErrorCodes.InvalidParams, "didOpen needs 'textDocument'");
        if (item.Uri is null || item.Text is null)
            throw new RpcException(RpcErrorCodes.InvalidParams, "didOpen needs 'textDocument.uri' and 'textDocument.text'");
        var document = _documents.Open(new DocumentSnapshot(item.Uri, DocumentSnapshot.PathOf(item.Uri), item.Version, item.Text));
        _scheduler.Changed(document);
    }

    private void DidChange(DidChangeTextDocumentParams p)
    {
        var document = _documents.Get(p.TextDocument?.Uri);
        var changes = p.ContentChanges ?? [];
        lock (document.Gate)
        {
            var version = p.TextDocument?.Version ?? document.Current.Version + 1;
            document.Current = document.Current.With(version, changes);
        }
        _scheduler.Changed(document);
    }

    private void DidClose(DidCloseTextDocumentParams p)
    {
        var uri = p.TextDocument?.Uri ?? throw new RpcException(RpcErrorCodes.InvalidParams, "didClose needs 'textDocument.uri'");
        if (_documents.Remove(uri) is not null)
            _connection.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []), LspJsonContext.Default.PublishDiagnosticsParams);
    }

    private void DidSave(DidSaveTextDocumentParams p)
    {
        var uri = p.TextDocument?.Uri;
        if (uri is not null && IsConfig(uri))
        {
            ConfigChanged();
            return;
        }
        // Saving changes nothing in the text the server has; a fresh lint picks up a config edited outside the editor.
        if (uri is not null && _documents.Find(uri) is { } document)
        {
            DocumentStore.Invalidate(document);
            _scheduler.Changed(document);
        }
    }

    private void DidChangeWatchedFiles(DidChangeWatchedFilesParams p)
    {
        if (p.Changes?.Any(c => c.Uri is not null && IsConfig(c.Uri)) == true)
            ConfigChanged();
    }

    private void ConfigChanged()
    {
        _documents.ConfigChanged();
        foreach (var document in _documents.All)
            _scheduler.Changed(document);
    }

    private async Task<RpcResult> CodeActionAsync(CodeActionParams p, CancellationToken cancellationToken)
    {
        var document = _documents.Get(p.TextDocument?.Uri);
        var range = p.Range ?? throw new RpcException(RpcErrorCodes.InvalidParams, "codeAction needs 'range'");
        var (snapshot, analysis) = _documents.Analyse(document);
        var result = await analysis.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!ReferenceEquals(document.Current, snapshot))
            throw new RpcException(RpcErrorCodes.ContentModified, "the document changed while the code actions were computed");
        var actions = CodeActions.For(snapshot, result, range, p.Context?.Only, _ruleDocsBase, _versionedEdits);
        return RpcResult.From(actions, LspJsonContext.Default.ListCodeAction);
    }

    private async Task<RpcResult> HoverAsync(TextDocumentPositionParams p, CancellationToken cancellationToken)
    {
        var document = _documents.Get(p.TextDocument?.Uri);
        var position = p.Position ?? throw new RpcException(RpcErrorCodes.InvalidParams, "hover needs 'position'");
        var (snapshot, analysis) = _documents.Analyse(document);
        var result = await analysis.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Hovers.At(snapshot, result, position, _analyzer.Rule, _ruleDocsBase) is { } hover
            ? RpcResult.From(hover, LspJsonContext.Default.Hover)
            : RpcResult.Null;
    }

    private async Task<RpcResult> DocumentSymbolAsync(DocumentSymbolParams p, CancellationToken cancellationToken)
    {
        var document = _documents.Get(p.TextDocument?.Uri);
        var (snapshot, analysis) = _documents.Analyse(document);
        var result = await analysis.WaitAsync(cancellationToken).ConfigureAwait(false);
        return _hierarchicalSymbols
            ? RpcResult.From(Symbols.Outline(snapshot, result), LspJsonContext.Default.ListDocumentSymbol)
            : RpcResult.From(Symbols.Flat(snapshot, result), LspJsonContext.Default.ListSymbolInformation);
    }

    private void Publish(DocumentSnapshot snapshot, DocumentAnalysis analysis) =>
        _connection.Notify("textDocument/publishDiagnostics",
            new PublishDiagnosticsParams(snapshot.Uri, snapshot.Version, Diagnostics.ToLsp(analysis, snapshot.Lines, _ruleDocsBase)),
            LspJsonContext.Default.PublishDiagnosticsParams);

    private static bool IsConfig(string uri) => uri.EndsWith("/.debrief.yml", StringComparison.Ordinal);

    private static bool Flag(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                return false;
        }
        return element.ValueKind == JsonValueKind.True;
    }
}
