// DB063: no two action items say the same thing.
using Debrief.Linting.Analysis;

namespace Debrief.Linting.Rules.ActionItems;

/// <summary>Reports an action item that repeats an earlier one.</summary>
public sealed class ActionItemDuplicate : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB063", Name: "action-item-duplicate", Family: RuleFamilies.ActionItems,
        Summary: "Two action items say the same thing",
        Why: "Duplicates split the work between two tickets and make the list look longer than the commitment is.",
        Bad: "## Corrective and Preventative Measures\n\n- Add an alert on disk usage above 80%.\n- Add an alert on disk usage above 80%.\n",
        Good: "## Corrective and Preventative Measures\n\n- Add an alert on disk usage above 80%.\n- Rotate nginx logs daily with logrotate.\n")
    {
        Options = [new RuleOption("min-similarity", "0.85", "Word-overlap ratio (0-1) at which two items count as duplicates.")],
        HowToFix = "Merge the two items into one.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var min = double.TryParse(context.Option(Info, "min-similarity"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var m) ? m : 0.85;
        var items = context.ActionItems;
        for (var i = 1; i < items.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (Prose.ContentWords(items[i].Text).Count == 0 || Prose.Similarity(items[i].Text, items[j].Text) < min)
                    continue;
                yield return Info.At(items[i].Span, $"action item repeats the one on line {items[j].Span.Line}");
                break;
            }
        }
    }
}
