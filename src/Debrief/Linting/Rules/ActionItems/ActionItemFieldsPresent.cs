// DB061: action items carry the owner, due date, type and ticket the profile asks for (sre: type, owner, ticket).
using Debrief.Linting.Profiles;
using Debrief.Model;

namespace Debrief.Linting.Rules.ActionItems;

/// <summary>Reports action items missing fields required by the profile.</summary>
public sealed class ActionItemFieldsPresent : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB061", Name: "action-item-fields", Family: RuleFamilies.ActionItems,
        Summary: "An action item lacks the owner, due date, type or ticket the profile asks for",
        Why: "Items without an owner are nobody's; items without a ticket are forgotten once the document is published; the type (prevent, mitigate, detect, process) shows whether the fixes address the cause or only the symptoms.",
        Bad: "## Action Items\n\n| Action Item | Type | Owner | Ticket |\n| --- | --- | --- | --- |\n| Add load shedding to the search frontend | prevent | | |\n",
        Good: "## Action Items\n\n| Action Item | Type | Owner | Ticket |\n| --- | --- | --- | --- |\n| Add load shedding to the search frontend | prevent | agoogler | BUG-5554826 |\n")
    {
        ExampleProfile = "sre",
        HowToFix = "Add the fields: in a table (Action Item | Type | Owner | Ticket) or inline `(owner: @name, due: 2025-04-01, type: prevent, ticket: OPS-123)`.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var wanted = context.Profile.ActionItemFields;
        if (wanted == Profiles.ActionItemFields.None)
            yield break;
        foreach (var item in context.ActionItems)
        {
            var missing = new List<string>();
            if (wanted.HasFlag(Profiles.ActionItemFields.Owner) && string.IsNullOrWhiteSpace(item.Owner))
                missing.Add("owner");
            if (wanted.HasFlag(Profiles.ActionItemFields.Due) && item.Due is null)
                missing.Add("due date");
            if (wanted.HasFlag(Profiles.ActionItemFields.Type) && string.IsNullOrWhiteSpace(item.Type))
                missing.Add("type");
            if (wanted.HasFlag(Profiles.ActionItemFields.Ticket) && string.IsNullOrWhiteSpace(item.Ticket))
                missing.Add("ticket");
            if (missing.Count > 0)
                yield return Info.At(item.Span, $"action item '{Short(item)}' has no {string.Join(", ", missing)} (profile {context.Profile.Name})");
        }
    }

    private static string Short(ActionItem item) => item.Text.Length <= 60 ? item.Text.Trim() : item.Text.Trim()[..57] + "...";
}
