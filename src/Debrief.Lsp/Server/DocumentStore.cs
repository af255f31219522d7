// The open documents: each one's latest text and version (full and incremental changes applied) and the analysis of that version.
using System.Collections.Concurrent;
using System.Text;
using Debrief.Lsp.Analysis;
using Debrief.Lsp.Protocol;

namespace Debrief.Lsp.Server;

/// <summary>One version of a document. Immutable; the line map is built when first needed.</summary>
internal sealed class DocumentSnapshot(string uri, string? path, int version, string text)
{
    private LineMap? _lines;

    public string Uri { get; } = uri;

    /// <summary>The local file, for file: URIs; null for untitled documents.</summary>
    public string? Path { get; } = path;

    public int Version { get; } = version;

    public string Text { get; } = text;

    public LineMap Lines => _lines ??= new LineMap(Text);

    /// <summary>This document after a didChange's content changes, applied in order (a change without a range replaces the text).</summary>
    public DocumentSnapshot With(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var text = Text;
        var lines = _lines;
        foreach (var change in changes)
        {
            var newText = change.Text ?? throw new RpcException(RpcErrorCodes.InvalidParams, "a content change needs 'text'");
            if (change.Range is not { } range)
            {
                text = newText;
            }
            else
            {
                lines ??= new LineMap(text);
                var start = lines.OffsetOf(range.Start);
                var end = Math.Max(start, lines.OffsetOf(range.End));
                text = new StringBuilder(text.Length - (end - start) + newText.Length)
                    .Append(text, 0, start).Append(newText).Append(text, end, text.Length - end).ToString();
            }
            lines = null;
        }
        return new DocumentSnapshot(Uri, Path, version, text);
    }

    /// <summary>The local path of a file: URI, or null.</summary>
    public static string? PathOf(string uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
            return null;
        return parsed.LocalPath;
    }
}

/// <summary>An open document: its current snapshot, its cached analysis and its lint scheduling state, all guarded by <see cref="Gate"/>.</summary>
internal sealed class TrackedDocument(DocumentSnapshot snapshot)
{
    public Lock Gate { get; } = new();

    public DocumentSnapshot Current { get; set; } = snapshot;

    public bool Closed { get; set; }

    /// <summary>The analysis of <see cref="AnalysedVersion"/> at <see cref="AnalysedGeneration"/> (config generation).</summary>
    public Task<DocumentAnalysis>? Analysis { get; set; }

    public int AnalysedVersion { get; set; } = int.MinValue;

    public int AnalysedGeneration { get; set; } = -1;

    // Scheduling (DiagnosticsScheduler).
    public bool LintRunning { get; set; }

    public bool TrailingScheduled { get; set; }

    public long LastLintStart { get; set; } = long.MinValue / 2;

    public Timer? Timer { get; set; }
}

/// <summary>The open documents by URI (as the client spells it), and the analyses shared between diagnostics and requests.</summary>
internal sealed class DocumentStore(IDocumentAnalyzer analyzer)
{
    private readonly ConcurrentDictionary<string, TrackedDocument> _documents = new(StringComparer.Ordinal);
    private int _configGeneration;

    /// <summary>Where config is looked for when a document has no path.</summary>
    public string? WorkspaceRoot { get; set; }

    public int Count => _documents.Count;

    public IEnumerable<TrackedDocument> All => _documents.Values;

    public TrackedDocument Open(DocumentSnapshot snapshot)
    {
        var tracked = new TrackedDocument(snapshot);
        if (_documents.TryGetValue(snapshot.Uri, out var previous))
            Close(previous);
        _documents[snapshot.Uri] = tracked;
        return tracked;
    }

    public TrackedDocument? Find(string uri) => _documents.TryGetValue(uri, out var d) ? d : null;

    /// <summary>The document or an InvalidParams error naming it.</summary>
    public TrackedDocument Get(string? uri) =>
        uri is not null && Find(uri) is { } d ? d : throw new RpcException(RpcErrorCodes.InvalidParams, $"document '{uri}' is not open");

    public TrackedDocument? Remove(string uri)
    {
        if (!_documents.TryRemove(uri, out var d))
            return null;
        Close(d);
        return d;
    }

    /// <summary>Config changed: every analysis is out of date.</summary>
    public void ConfigChanged()
    {
        analyzer.ConfigChanged();
        Interlocked.Increment(ref _configGeneration);
    }

    /// <summary>The current snapshot and the task analysing it, started if no task for that version (and config) exists.</summary>
    public (DocumentSnapshot Snapshot, Task<DocumentAnalysis> Analysis) Analyse(TrackedDocument document)
    {
        lock (document.Gate)
        {
            var snapshot = document.Current;
            var generation = Volatile.Read(ref _configGeneration);
            if (document.Analysis is null || document.AnalysedVersion != snapshot.Version || document.AnalysedGeneration != generation)
            {
                var root = WorkspaceRoot;
                document.Analysis = Task.Run(() => analyzer.Analyze(snapshot.Text, snapshot.Path, root));
                document.AnalysedVersion = snapshot.Version;
                document.AnalysedGeneration = generation;
            }
            return (snapshot, document.Analysis);
        }
    }

    /// <summary>Forgets a document's analysis, so the next one re-reads its config (after a save).</summary>
    public static void Invalidate(TrackedDocument document)
    {
        lock (document.Gate)
            document.Analysis = null;
    }

    /// <summary>True when an analysis of <paramref name="snapshot"/> is still the document's latest (call under the gate).</summary>
    public bool IsCurrent(TrackedDocument document, DocumentSnapshot snapshot, Task<DocumentAnalysis> analysis) =>
        !document.Closed && ReferenceEquals(document.Current, snapshot) && ReferenceEquals(document.Analysis, analysis)
        && document.AnalysedGeneration == Volatile.Read(ref _configGeneration);

    private static void Close(TrackedDocument document)
    {
        lock (document.Gate)
        {
            document.Closed = true;
            document.Timer?.Dispose();
            document.Timer = null;
            document.Analysis = null;
        }
    }
}
