// DB021: optional per-section word limits (brief: the Issue Summary, which executives read, at most 150 words).
using Debrief.Model;

namespace Debrief.Linting.Rules.Length;

/// <summary>Reports sections longer than the profile's per-section limit.</summary>
public sealed class SectionWordBudget : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB021", Name: "section-word-budget", Family: RuleFamilies.Length,
        Summary: "A section is longer than its word limit",
        Why: "The summary is what executives read; if it runs long they stop. Limits per section keep each part doing its one job.",
        Bad: "## Issue Summary\n\n" + string.Concat(Enumerable.Repeat("The checkout service returned errors while the database was failing over. ", 16)) + "\n",
        Good: "## Issue Summary\n\nFrom 14:00 to 14:45 UTC checkout failed for 30% of users while the database failed over.\n")
    {
        Options = [new RuleOption("limits", "profile", "Per-section limits come from the profile (`section-words:` in a custom profile); brief: summary 150.")],
        HowToFix = "Move detail to the section that owns it (timeline, root cause) and keep the summary to the facts.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var (kind, limit) in context.Profile.SectionWordLimits)
        {
            var section = context.Document.SectionOf(kind);
            if (section is null)
                continue;
            var words = Analysis.Prose.Words(section.Body).Count;
            if (words > limit)
                yield return Info.At(section.HeadingSpan, $"section '{section.Heading.Trim()}' has {words} words, over its limit of {limit}");
        }
    }
}
