// The core's one entry point: text + a name + options in, one AnalyzedDocument out. No disk, console or environment.
using Debrief.Elements;
using Debrief.Io;
using Debrief.Linting;
using Debrief.Parsing;

namespace Debrief.Pipeline;

/// <summary>Parses, detects elements and lints a document in one pass. Thread-safe.</summary>
public static class DocumentPipeline
{
    private static readonly Linter SharedLinter = new();

    /// <summary>Analyses <paramref name="text"/>.</summary>
    /// <param name="text">The document exactly as read (kept byte for byte in the model).</param>
    /// <param name="name">A path or archive name used in messages and reports; null for stdin or bare text.</param>
    /// <param name="options">Config, profile and asset resolver; <see cref="AnalysisOptions.Default"/> when null.</param>
    /// <exception cref="InputException">The document cannot be read as a postmortem (e.g. malformed front matter);
    /// <see cref="TryAnalyze"/> returns the error as a value instead.</exception>
    public static AnalyzedDocument Analyze(string text, string? name = null, AnalysisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= AnalysisOptions.Default;
        var profile = options.EffectiveProfile;
        var document = PostmortemParser.Parse(text, name);
        var elements = ElementDetector.Detect(document);
        var lint = options.Lint ? SharedLinter.Lint(document, elements, profile, options.Config, options.Assets) : null;
        return new AnalyzedDocument(name, document, elements, profile, lint, options.Assets);
    }

    /// <summary>Like <see cref="Analyze"/>, with a user mistake returned as <paramref name="error"/> instead of thrown.</summary>
    public static bool TryAnalyze(string text, string? name, AnalysisOptions? options, out AnalyzedDocument? document, out DebriefError? error)
    {
        try
        {
            document = Analyze(text, name, options);
            error = null;
            return true;
        }
        catch (InputException e)
        {
            document = null;
            error = e.Error;
            return false;
        }
    }
}
