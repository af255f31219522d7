// Runs every enabled rule over a document, applies config severities and inline suppressions, and scores the result.
using Debrief.Linting.Profiles;
using Debrief.Linting.Vocabulary;
using Debrief.Model;

namespace Debrief.Linting;

/// <summary>The findings and score of one document.</summary>
public sealed record LintResult(Postmortem Document, ElementReport Elements, Profile Profile, IReadOnlyList<Diagnostic> Diagnostics, Score Score);

/// <summary>The rule engine.</summary>
public sealed class Linter
{
    private readonly IReadOnlyList<ILintRule> _rules;
    private readonly HashSet<string> _claimed;

    /// <summary>A linter over the given rules (default: every rule in <see cref="RuleCatalog"/>).</summary>
    public Linter(IReadOnlyList<ILintRule>? rules = null)
    {
        _rules = rules ?? RuleCatalog.All;
        _claimed = RuleCatalog.All.SelectMany(r => r.Info.Elements).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Lints a parsed document.</summary>
    /// <param name="assets">Resolves relative links (null: nothing to resolve against, the links rule stays silent).</param>
    public LintResult Lint(Postmortem document, ElementReport elements, Profile profile, LintConfig? config = null, Pipeline.IAssetResolver? assets = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(profile);
        config ??= LintConfig.Empty;
        var context = new LintContext(document, elements, profile, config, LintVocabulary.BuiltIn.Extend(config.Vocabulary))
        {
            ClaimedElements = _claimed,
            Assets = assets,
        };
        var suppressions = new InlineSuppressions(context.Text, document.Lines);
        var diagnostics = new List<Diagnostic>();
        var disabledElements = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            var setting = config.For(rule.Info);
            if (setting is { Enabled: false })
            {
                disabledElements.UnionWith(rule.Info.Elements);
                continue;
            }
            IEnumerable<Diagnostic> found;
            try
            {
                found = rule.Check(context).ToList();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A rule bug must not hide the other findings; it is reported, never swallowed.
                found = [rule.Info.AtDocument($"internal error in rule {rule.Info.Id}: {e.GetType().Name}: {e.Message}") with { Severity = Severity.Error }];
            }
            foreach (var d in found)
            {
                var effective = setting?.Severity is { } s ? d with { Severity = s } : d;
                if (!suppressions.Suppresses(effective))
                    diagnostics.Add(effective);
            }
        }
        // Stable order: line, column, rule; a rule's own order breaks ties.
        var ordered = diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Rule, StringComparer.Ordinal).ToList();
        var required = profile.Elements.Where(e => !disabledElements.Contains(e)).ToHashSet(StringComparer.Ordinal);
        var score = Score.Compute(required, elements, ordered);
        return new LintResult(document, elements, profile, ordered, score);
    }
}
