// A rule's metadata: identity, family, default severity, options and its documentation (what, why, bad, good).
namespace Debrief.Linting;

/// <summary>An option a rule reads from config (<c>rules: { DB020: { options: { max: 800 } } }</c>).</summary>
/// <param name="Name">The key in config.</param>
/// <param name="Default">The default as text (profiles may override it).</param>
/// <param name="Description">What it changes.</param>
public sealed record RuleOption(string Name, string Default, string Description);

/// <summary>Everything known about a rule except its check: the source of its docs page, config key and meta-tests.</summary>
/// <param name="Id">Stable id, <c>DBnnn</c>.</param>
/// <param name="Name">Stable kebab-case name, e.g. <c>timeline-chronological</c>.</param>
/// <param name="Family">One of <see cref="RuleFamilies.All"/>.</param>
/// <param name="Summary">One line: what the rule reports.</param>
/// <param name="Why">Why it matters to readers of a postmortem.</param>
/// <param name="Bad">A small document (Markdown) on which the rule fires under the brief profile.</param>
/// <param name="Good">The same document fixed: the rule is silent on it.</param>
public sealed record RuleInfo(string Id, string Name, string Family, string Summary, string Why, string Bad, string Good)
{
    /// <summary>Severity when config says nothing.</summary>
    public Severity Severity { get; init; } = Severity.Warning;

    /// <summary>True when the rule offers an automatic fix (applied by <c>--fix</c> when safe).</summary>
    public bool Fixable { get; init; }

    /// <summary>How to fix a finding, for the docs page.</summary>
    public string? HowToFix { get; init; }

    /// <summary>Options read from config.</summary>
    public IReadOnlyList<RuleOption> Options { get; init; } = [];

    /// <summary>The profile the Bad/Good examples are checked with (meta-tests and docs).</summary>
    public string ExampleProfile { get; init; } = "brief";

    /// <summary>Element keys this rule reports when a profile requires them and they are missing
    /// (so the generic required-elements rule does not report them twice).</summary>
    public IReadOnlyList<string> Elements { get; init; } = [];

    /// <summary>Creates a finding of this rule at its default severity (the linter applies config afterwards).</summary>
    public Diagnostic At(Model.SourceSpan span, string message, Fix? fix = null) =>
        new(Id, Name, Family, Severity, span.IsKnown ? span.Line : 1, span.IsKnown ? Math.Max(1, span.Column) : 1, message)
        {
            Span = span,
            Fix = fix,
        };

    /// <summary>Creates a finding about the whole document (reported at line 1).</summary>
    public Diagnostic AtDocument(string message, Fix? fix = null) => At(Model.SourceSpan.None, message, fix);
}

/// <summary>The rule families, as printed in the JSON output.</summary>
public static class RuleFamilies
{
    public const string Structure = "structure";
    public const string Length = "length";
    public const string Time = "time";
    public const string Impact = "impact";
    public const string Timeline = "timeline";
    public const string RootCause = "root-cause";
    public const string ActionItems = "action-items";
    public const string Language = "language";
    public const string Links = "links";

    /// <summary>Every family in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [Structure, Length, Time, Impact, Timeline, RootCause, ActionItems, Language, Links];
}
