// The one adapter between the archive and the core: every call into src/Debrief (read, then the one pipeline) is here.
using Debrief.Io;
using Debrief.Model;
using Debrief.Pipeline;

namespace Debrief.Archive.Documents;

/// <summary>Reads documents with the core and turns the result into <see cref="DocumentFacts"/>. Thread-safe.</summary>
internal static class CoreDocuments
{
    /// <summary>Built-in defaults: the default profile, no folder config, no assets (an archived document has no folder).</summary>
    private static readonly AnalysisOptions Options = AnalysisOptions.Default;

    /// <summary>The largest document accepted, in bytes (the core's limit).</summary>
    public static long MaxDocumentBytes => TextInput.MaxDocumentBytes;

    /// <summary>Reads a file as the CLI does (UTF-8, BOM and line endings kept; binary, invalid UTF-8 and oversized files refused).</summary>
    /// <exception cref="InputException">The file cannot be read or is not a text document.</exception>
    public static string ReadFile(string path) => TextInput.ReadDocument(path);

    /// <summary>Runs the core's pipeline (parse, element report, lint) over <paramref name="text"/> with the default
    /// profile and no folder config (an archived document has no folder; relative links are not resolved).</summary>
    /// <exception cref="InvalidDocumentException">The core refused the document.</exception>
    public static DocumentFacts Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('\0', StringComparison.Ordinal))
            throw new InvalidDocumentException("looks like a binary file (NUL character), expected UTF-8 text", 1 + text.AsSpan(0, text.IndexOf('\0', StringComparison.Ordinal)).Count('\n'));
        if (System.Text.Encoding.UTF8.GetByteCount(text) > MaxDocumentBytes)
            throw new InvalidDocumentException($"is larger than the {MaxDocumentBytes / (1024 * 1024)} MB limit for a document", null);
        // The core does not see front matter after a BOM (it reads "\uFEFF---" as text), so the archive analyses the
        // text without it; the stored and exported text keeps the BOM. Lines are unaffected (a BOM is not a line).
        if (text.StartsWith('\uFEFF'))
            text = text[1..];
        if (!DocumentPipeline.TryAnalyze(text, null, Options, out var analyzed, out var error))
            throw new InvalidDocumentException(error!.Message, error.Line);
        var document = analyzed!.Document;
        var score = analyzed.Lint?.Score.Value ?? 0;
        var fm = document.FrontMatter;
        var rootCause = document.RootCause.Cause?.Value ?? document.Summary.RootCause?.Value ?? "";
        var searchText = string.Join('\n', document.Lines.Where(l => l.IsProse && l.Kind != LineKind.FrontMatter).Select(l => l.Text));
        FrontMatterLocation? location = null;
        if (fm is not null && fm.Span.IsKnown)
        {
            var lastLine = fm.Span.Line + text.AsSpan(fm.Span.Start, Math.Max(0, Math.Min(fm.Span.Length, text.Length - fm.Span.Start))).TrimEnd("\r\n").Count('\n');
            location = new FrontMatterLocation(fm.Span.Line, lastLine, fm.KeyLines.TryGetValue("status", out var statusLine) ? statusLine : null);
        }
        return new DocumentFacts(
            Title: string.IsNullOrWhiteSpace(document.Title) ? null : document.Title.Trim(),
            StatusText: fm?.Status,
            Severity: string.IsNullOrWhiteSpace(fm?.Severity) ? null : fm.Severity.Trim().ToUpperInvariant(),
            Services: fm?.Services ?? [],
            Tags: fm?.Tags ?? [],
            StartedAt: fm?.Started ?? document.Summary.Start?.Value.Instant,
            EndedAt: fm?.Ended ?? document.Summary.End?.Value.Instant,
            LintScore: score,
            RootCause: rootCause.Trim(),
            SearchText: searchText,
            FrontMatter: location);
    }
}
