// The LSP 3.17 messages this server reads and writes, as plain records (serialized with LspJsonContext, camelCase).
using System.Text.Json;

namespace Debrief.Lsp.Protocol;

internal sealed record Position(int Line, int Character);

internal sealed record LspRange(Position Start, Position End);

internal sealed record Location(string Uri, LspRange Range);

internal sealed record TextDocumentIdentifier
{
    public string? Uri { get; init; }
}

internal sealed record VersionedTextDocumentIdentifier
{
    public string? Uri { get; init; }
    public int? Version { get; init; }
}

internal sealed record TextDocumentItem
{
    public string? Uri { get; init; }
    public string? LanguageId { get; init; }
    public int Version { get; init; }
    public string? Text { get; init; }
}

// ---- lifecycle

internal sealed record InitializeParams
{
    public int? ProcessId { get; init; }
    public string? RootUri { get; init; }
    public string? RootPath { get; init; }
    public JsonElement? Capabilities { get; init; }
    public JsonElement? InitializationOptions { get; init; }
    public List<WorkspaceFolder>? WorkspaceFolders { get; init; }
}

internal sealed record WorkspaceFolder
{
    public string? Uri { get; init; }
    public string? Name { get; init; }
}

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record ServerCapabilities
{
    public string PositionEncoding { get; init; } = "utf-16";
    public required TextDocumentSyncOptions TextDocumentSync { get; init; }
    public bool HoverProvider { get; init; }
    public bool DocumentSymbolProvider { get; init; }
    public CodeActionOptions? CodeActionProvider { get; init; }
}

internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

internal sealed record SaveOptions(bool IncludeText);

internal sealed record CodeActionOptions(List<string> CodeActionKinds);

/// <summary>TextDocumentSyncKind.</summary>
internal static class SyncKind
{
    public const int Full = 1;
    public const int Incremental = 2;
}

// ---- documents

internal sealed record DidOpenTextDocumentParams
{
    public TextDocumentItem? TextDocument { get; init; }
}

internal sealed record DidChangeTextDocumentParams
{
    public VersionedTextDocumentIdentifier? TextDocument { get; init; }
    public List<TextDocumentContentChangeEvent>? ContentChanges { get; init; }
}

internal sealed record TextDocumentContentChangeEvent
{
    /// <summary>Absent for a whole-document change.</summary>
    public LspRange? Range { get; init; }
    public string? Text { get; init; }
}

internal sealed record DidCloseTextDocumentParams
{
    public TextDocumentIdentifier? TextDocument { get; init; }
}

internal sealed record DidSaveTextDocumentParams
{
    public TextDocumentIdentifier? TextDocument { get; init; }
    public string? Text { get; init; }
}

internal sealed record DidChangeWatchedFilesParams
{
    public List<FileEvent>? Changes { get; init; }
}

internal sealed record FileEvent
{
    public string? Uri { get; init; }
    public int Type { get; init; }
}

internal sealed record RegistrationParams(List<Registration> Registrations);

internal sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);

internal sealed record DidChangeWatchedFilesRegistrationOptions(List<FileWatcher> Watchers);

internal sealed record FileWatcher(string GlobPattern);

internal sealed record LogMessageParams(int Type, string Message);

// ---- diagnostics

internal sealed record PublishDiagnosticsParams(string Uri, int? Version, List<LspDiagnostic> Diagnostics);

internal sealed record LspDiagnostic
{
    public required LspRange Range { get; init; }
    public int Severity { get; init; }
    public string? Code { get; init; }
    public CodeDescription? CodeDescription { get; init; }
    public string Source { get; init; } = "debrief";
    public required string Message { get; init; }
}

internal sealed record CodeDescription(string Href);

/// <summary>DiagnosticSeverity.</summary>
internal static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
}

// ---- code actions

internal sealed record CodeActionParams
{
    public TextDocumentIdentifier? TextDocument { get; init; }
    public LspRange? Range { get; init; }
    public CodeActionContext? Context { get; init; }
}

internal sealed record CodeActionContext
{
    public List<LspDiagnostic>? Diagnostics { get; init; }
    public List<string>? Only { get; init; }
}

internal sealed record CodeAction
{
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public List<LspDiagnostic>? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public required WorkspaceEdit Edit { get; init; }
}

internal sealed record WorkspaceEdit
{
    public Dictionary<string, List<LspTextEdit>>? Changes { get; init; }
    public List<TextDocumentEdit>? DocumentChanges { get; init; }
}

internal sealed record TextDocumentEdit(VersionedTextDocumentIdentifier TextDocument, List<LspTextEdit> Edits);

internal sealed record LspTextEdit(LspRange Range, string NewText);

// ---- hover

internal sealed record TextDocumentPositionParams
{
    public TextDocumentIdentifier? TextDocument { get; init; }
    public Position? Position { get; init; }
}

internal sealed record Hover(MarkupContent Contents, LspRange Range);

internal sealed record MarkupContent(string Kind, string Value);

// ---- symbols

internal sealed record DocumentSymbolParams
{
    public TextDocumentIdentifier? TextDocument { get; init; }
}

internal sealed record DocumentSymbol
{
    public required string Name { get; init; }
    public string? Detail { get; init; }
    public int Kind { get; init; }
    public required LspRange Range { get; init; }
    public required LspRange SelectionRange { get; init; }
    public List<DocumentSymbol>? Children { get; init; }
}

internal sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

/// <summary>SymbolKind values used here.</summary>
internal static class SymbolKind
{
    public const int Module = 2;
    public const int Namespace = 3;
    public const int Property = 7;
    public const int String = 15;
    public const int Boolean = 17;
    public const int Object = 19;
}

internal sealed record CancelParams
{
    public JsonElement? Id { get; init; }
}
