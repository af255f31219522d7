// One analysed document: the parsed model with its facts, the element report and the lint result, computed once.
using Debrief.Linting;
using Debrief.Linting.Profiles;
using Debrief.Model;
using Debrief.Rendering;

namespace Debrief.Pipeline;

/// <summary>
/// Everything Debrief knows about one document. Every face (CLI commands, server, editor) reads its answers from here,
/// so `show`, `lint` and `render` cannot disagree. Immutable and safe to share between threads.
/// </summary>
public sealed class AnalyzedDocument
{
    private readonly Lazy<IncidentFacts> _facts;

    internal AnalyzedDocument(string? name, Postmortem document, ElementReport elements, Profile profile, LintResult? lint, IAssetResolver? assets)
    {
        Name = name;
        Document = document;
        Elements = elements;
        Profile = profile;
        Lint = lint;
        Assets = assets;
        _facts = new Lazy<IncidentFacts>(() => IncidentFacts.From(document), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The name the document was given (a path, an archive slug), or null for stdin and bare text.</summary>
    public string? Name { get; }

    /// <summary>The parsed model: front matter, sections, summary facts, timeline, measures, lines.</summary>
    public Postmortem Document { get; }

    /// <summary>Which required elements the document has, where, and why.</summary>
    public ElementReport Elements { get; }

    /// <summary>The profile the document was checked against.</summary>
    public Profile Profile { get; }

    /// <summary>Findings and score; null when linting was switched off in the options.</summary>
    public LintResult? Lint { get; }

    /// <summary>The resolver links and images were checked against (the renderer inlines images through it).</summary>
    public IAssetResolver? Assets { get; }

    /// <summary>The headline facts (window, phases, figures, placed events), derived once from the model.</summary>
    public IncidentFacts Facts => _facts.Value;
}
