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
        HowToFix = "Add an item that removes the cause (fix, limit, validate, automate) or mark an existing one `type: prevent`. Items that only review, investigate, discuss, monitor or train do not count.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var items = context.ActionItems;
        if (items.Count == 0)
            yield break;
        var typed = items.Where(i => !string.IsNullOrWhiteSpace(i.Type)).ToList();
        bool preventive;
        if (typed.Count > 0)
            preventive = typed.Any(i => i.Type!.Trim().StartsWith("prevent", StringComparison.OrdinalIgnoreCase));
        else
        {
            // Untyped: every item only reviews, discusses or watches ("Review the incident", "Monitor the servers").
            var passive = context.Vocabulary.Matcher(LintVocabulary.NonPreventiveVerbs);
            preventive = items.Any(i =>
            {
                var text = i.Text.Trim().TrimStart('*', '-', ' ');
                var m = passive.Match(text);
                if (!(m.Success && m.Index == 0))
                    return true;
                // "Review and update the runbook": a second verb that is not passive makes it an action.
                var rest = Prose.Words(text[m.Length..]).Take(3).ToList();
                return rest.Count >= 2 && rest[0].Equals("and", StringComparison.OrdinalIgnoreCase) && !passive.Match(rest[1]).Success;
            });
        }
        if (!preventive)
            yield return Info.At(items[0].Span, $"none of the {items.Count} action items prevents a recurrence");
    }
}
