// DB060: action items are specific (a verb and a concrete object), not vague ("improve monitoring", "be more careful").
using System.Text.RegularExpressions;
using Debrief.Linting.Analysis;
using Debrief.Linting.Vocabulary;
using Debrief.Model;

namespace Debrief.Linting.Rules.ActionItems;

/// <summary>Reports vague action items.</summary>
public sealed partial class ActionItemSpecific : ILintRule
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "better", "more", "additional", "proper", "properly", "regular", "regularly", "comprehensive", "robust", "overall",
        "general", "existing", "current", "our", "we", "all", "any", "some", "further", "appropriate", "continuous",
        "continuously", "proactive", "proactively", "effective", "efficient", "adequate", "improved", "enhanced", "strong", "stronger",
    };

    private const int MaxBareWords = 6;

    public RuleInfo Info { get; } = new(
        Id: "DB060", Name: "action-item-specific", Family: RuleFamilies.ActionItems,
        Summary: "An action item is vague (no concrete object)",
        Why: "\"Improve monitoring\" cannot be assigned, estimated or closed; \"add an alert on nginx 5xx rate above 1%\" can. Vague items are how the same outage happens twice.",
        Bad: "## Corrective and Preventative Measures\n\n- Improve monitoring.\n- Be more careful with deploys.\n",
        Good: "## Corrective and Preventative Measures\n\n- Add an alert on the nginx 5xx rate above 1% for 5 minutes.\n- Require a staging deploy before every production deploy in the CI pipeline.\n")
    {
        HowToFix = "Name the verb and the thing: which alert, on which metric, which script, which server. If it cannot be done in a ticket, split it.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var item in context.ActionItems)
        {
            var reason = Vagueness(context.Vocabulary, item.Text);
            if (reason is not null)
                yield return Info.At(item.Span, $"action item '{Shorten(item.Text)}' is vague: {reason}");
        }
        // Broad improvements may be broad, but a bare "Improve monitoring." in the measures list is a vague task.
        foreach (var improvement in context.Document.Improvements)
        {
            if (Prose.Words(improvement.Text).Count > MaxBareWords)
                continue;
            var reason = Vagueness(context.Vocabulary, improvement.Text);
            if (reason is not null)
                yield return Info.At(improvement.Span, $"measure '{Shorten(improvement.Text)}' is vague: {reason}");
        }
    }

    /// <summary>Why an item is vague, or null when it is specific.</summary>
    internal static string? Vagueness(LintVocabulary vocabulary, string text)
    {
        // "Regular Review of Infrastructure: Conduct quarterly reviews..." - the part after a short label is the item.
        var item = LabelRegex().Replace(text.Trim(), "").Trim().TrimStart('*', '_', '-', ' ');
        var phrase = vocabulary.Matcher(LintVocabulary.VaguePhrases).Match(item);
        if (phrase.Success)
            return $"'{phrase.Value}' is not an action anyone can finish";
        var verb = vocabulary.Matcher(LintVocabulary.VagueVerbs).Match(item);
        if (!verb.Success || verb.Index > 0)
            return null;
        var rest = item[(verb.Index + verb.Length)..];
        // "Ensure that the service status is checked after a reload": the that-clause is the object, not a purpose.
        rest = LeadingThatRegex().Replace(rest, "");
        // The object is what follows the verb up to a purpose clause ("to ...", "for ...", "so that ...").
        var parts = PurposeRegex().Split(rest, 2);
        var obj = parts[0];
        var vagueObjects = vocabulary[LintVocabulary.VagueObjects];
        if (ConcreteWords(obj, vagueObjects, []).Count > 0)
            return null;
        // "Enhance monitoring to provide alerts for deadlock scenarios": a broad object made concrete by what it is for.
        // A purpose of generic outcomes only ("to detect issues earlier", "to prevent future outages") does not count.
        if (parts.Length > 1 && ConcreteWords(parts[1], vagueObjects, vocabulary[LintVocabulary.GenericPurposes]).Count > 0)
            return null;
        return $"'{verb.Value.ToLowerInvariant()}' with no concrete object{(obj.Trim().Length > 0 ? $" ('{obj.Trim().TrimEnd('.')}')" : "")}";
    }

    private static List<string> ConcreteWords(string text, IReadOnlyList<string> vagueObjects, IReadOnlyList<string> generic) =>
        Prose.ContentWords(text)
            .Where(w => !Filler.Contains(w) && !vagueObjects.Contains(w) && !vagueObjects.Contains(Prose.Stem(w))
                        && !generic.Contains(w) && !generic.Contains(Prose.Stem(w)))
            .ToList();

    private static string Shorten(string text)
    {
        var t = text.Trim();
        return t.Length <= 70 ? t : t[..67] + "...";
    }

    [GeneratedRegex(@"^\s*that\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThatRegex();

    [GeneratedRegex(@"^[^:.]{1,50}:\s+(?=\S)")]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"\b(?:to|for|so\s+that|so|in\s+order\s+to|by|through|via|when|where|which|that|and\s+then)\b|[,;(]", RegexOptions.IgnoreCase)]
    private static partial Regex PurposeRegex();
}
