// What the server knows about one version of a document, in its own terms (offsets into that text), independent of the core's types.
namespace Debrief.Lsp.Analysis;

internal enum FindingSeverity
{
    Error,
    Warning,
    Info,
}

/// <summary>Replace <paramref name="Length"/> characters at offset <paramref name="Start"/> by <paramref name="NewText"/>.</summary>
internal sealed record FindingEdit(int Start, int Length, string NewText);

/// <summary>A fix a rule offers; only safe ones become code actions.</summary>
internal sealed record FindingFix(string Title, bool Safe, IReadOnlyList<FindingEdit> Edits);

/// <summary>One finding.</summary>
/// <param name="Rule">Rule id (DB010), or a pseudo-rule for a config or internal error.</param>
/// <param name="Name">Rule name (timeline-chronological).</param>
/// <param name="Documented">True when the rule has a page under docs/rules.</param>
/// <param name="Start">Offset of the exact region, or null when the finding is about the whole document.</param>
/// <param name="Length">Length of the region (may be 0).</param>
/// <param name="Line">1-based line from the core, used when there is no exact region.</param>
/// <param name="Column">1-based column from the core.</param>
internal sealed record Finding(string Rule, string Name, bool Documented, FindingSeverity Severity, int? Start, int Length, int Line, int Column, string Message, FindingFix? Fix);

/// <summary>A section of the document: heading and extent as offsets.</summary>
/// <param name="Kind">The recognised kind (Timeline, RootCause...), or null for other sections.</param>
internal sealed record SectionOutline(string Heading, string? Kind, int Level, int HeadingStart, int HeadingLength, int Start, int Length);

/// <summary>Whether an element of a postmortem is present, and whether the profile requires it.</summary>
/// <param name="Line">1-based line of the evidence, when found.</param>
/// <param name="Text">The text that satisfied it, or why it is missing.</param>
internal sealed record ElementStatus(string Key, bool Found, bool Required, int? Line, string? Text);

/// <summary>The analysis of one document version.</summary>
/// <param name="Profile">The profile linted against (null when the config could not be read).</param>
/// <param name="Score">The document's score out of 100, when linted.</param>
/// <param name="ConfigPath">The .debrief.yml in force, or null for defaults.</param>
/// <param name="FixedText">The text with every safe fix applied (as <c>debrief lint --fix</c> would), or null when there is none.</param>
internal sealed record DocumentAnalysis(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<SectionOutline> Sections,
    IReadOnlyList<ElementStatus> Elements,
    string? Profile,
    int? Score,
    string? ConfigPath,
    Lazy<string>? FixedText);

/// <summary>A rule's documentation, for hovers.</summary>
internal sealed record RuleHelp(string Id, string Name, string Summary, string Why, string? HowToFix, FindingSeverity DefaultSeverity, bool Fixable);

/// <summary>Lints a document; implemented over the core by <see cref="CoreAnalyzer"/> (tests substitute slow or counting ones).
/// Called from several threads at once.</summary>
internal interface IDocumentAnalyzer
{
    /// <summary>Analyses a text. <paramref name="path"/> is the document's file (null when it has none);
    /// <paramref name="configDirectory"/> is where config is looked for when there is no path (the workspace root).</summary>
    DocumentAnalysis Analyze(string text, string? path, string? configDirectory);

    /// <summary>The documentation of a rule, or null.</summary>
    RuleHelp? Rule(string id);

    /// <summary>Forgets cached config (a watched .debrief.yml changed).</summary>
    void ConfigChanged();
}
