// DB062: at least one action item prevents a recurrence (type prevent, or a preventive verb when untyped).
using Debrief.Linting.Analysis;
using Debrief.Linting.Vocabulary;

namespace Debrief.Linting.Rules.ActionItems;

/// <summary>Reports action items that only mitigate, detect or discuss.</summary>
public sealed class PreventiveAction : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB062", Name: "preventive-action", Family: RuleFamilies.ActionItems,
        Summary: "No action item prevents the incident from happening again",
        Why: "Mitigation and detection make the next outage shorter; only prevention makes it not happen. A postmortem without a preventive item accepts a repeat.",
        Bad: "## Corrective and Preventative Measures\n\n- Review the incident at the next team meeting.\n- Investigate the slow queries with the DBA team.\n",
        Good: "## Corrective and Preventative Measures\n\n- Review the incident at the next team meeting.\n- Add an index on orders.customer_id to stop the full-table scans.\n")
    {
        HowToFix = "Add an item that removes the cause (fix, limit, validate, automate) or mark an existing one `type: prevent`.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var items = context.Document.ActionItems;
        if (items.Count == 0)
            yield break;
        var typed = items.Where(i => !string.IsNullOrWhiteSpace(i.Type)).ToList();
        bool preventive;
        if (typed.Count > 0)
            preventive = typed.Any(i => i.Type!.Trim().StartsWith("prevent", StringComparison.OrdinalIgnoreCase));
        else
        {
            var verbs = context.Vocabulary[LintVocabulary.PreventiveVerbs];
            preventive = items.Any(i =>
            {
                var words = Prose.Words(i.Text.Trim().TrimStart('*', '-', ' '));
                // The verb is usually first; allow a short label before it ("Monitoring: add an alert ...").
                return words.Take(6).Select(w => w.ToLowerInvariant()).Any(w => verbs.Contains(w) || verbs.Contains(Prose.Stem(w)));
            });
        }
        if (!preventive)
            yield return Info.At(items[0].Span, $"none of the {items.Count} action items prevents a recurrence");
    }
}
