// DB051: the trigger (what set it off) is told apart from the root cause (why it could happen).
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.RootCause;

/// <summary>Reports a trigger that merely repeats the root cause.</summary>
public sealed class TriggerDistinct : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB051", Name: "trigger-distinct", Family: RuleFamilies.RootCause,
        Summary: "The trigger repeats the root cause",
        Why: "The trigger (a deploy, a traffic spike) is what set the failure off; the root cause is the weakness that let it. Conflating them leads to fixing the trigger (\"no deploys on Fridays\") and leaving the weakness.",
        Bad: "## Root Causes\n\nA resource leak in the search backend when a term is not in the corpus.\n\n## Trigger\n\nA resource leak in the search backend when a term is not in the corpus.\n",
        Good: "## Root Causes\n\nA resource leak in the search backend when a term is not in the corpus.\n\n## Trigger\n\nA sudden 88x increase in traffic for a term that was not in the corpus.\n")
    {
        ExampleProfile = "sre",
        Options = [new RuleOption("max-similarity", "0.8", "Word-overlap ratio (0-1) at which trigger and root cause count as the same text.")],
        HowToFix = "Write the trigger as the event that started the incident, and the root cause as the condition that made the event harmful.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var trigger = doc.RootCause.Trigger?.Text ?? doc.SectionOf(SectionKind.Trigger)?.Body;
        var cause = doc.RootCause.Cause?.Text ?? doc.SectionOf(SectionKind.RootCause)?.Body;
        if (string.IsNullOrWhiteSpace(trigger) || string.IsNullOrWhiteSpace(cause))
            yield break;
        var max = double.TryParse(context.Option(Info, "max-similarity"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : 0.8;
        var similarity = Prose.Similarity(trigger, cause);
        if (similarity >= max)
        {
            var span = doc.RootCause.Trigger?.Span ?? doc.SectionOf(SectionKind.Trigger)?.HeadingSpan ?? SourceSpan.None;
            yield return Info.At(span, $"the trigger repeats the root cause ({similarity:P0} the same words); say what set the failure off");
        }
    }
}
