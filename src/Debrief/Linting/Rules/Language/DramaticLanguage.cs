// DB073: no dramatic language ("catastrophic!!", "unbelievable", "nightmare"); the word list is data.
using System.Text.RegularExpressions;
using Debrief.Linting.Analysis;
using Debrief.Linting.Vocabulary;

namespace Debrief.Linting.Rules.Language;

/// <summary>Reports dramatic words and stacked exclamation marks.</summary>
public sealed partial class DramaticLanguage : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB073", Name: "dramatic-language", Family: RuleFamilies.Language,
        Summary: "Dramatic language (\"catastrophic!!\", \"unbelievable\")",
        Why: "Drama raises the temperature without adding information, and readers discount the numbers that follow. Numbers carry severity better than adjectives.",
        Bad: "## Issue Summary\n\nA catastrophic failure took the whole site down!!\n",
        Good: "## Issue Summary\n\nA failed database failover took the whole site down for 47 minutes.\n")
    {
        HowToFix = "Replace the adjective with the number it stands for (duration, users, requests).",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var m in Prose.Find(context, context.Vocabulary.Pattern(LintVocabulary.DramaticWords)))
            yield return Info.At(m.Span, $"'{m.Match.Value}' is dramatic; state the facts");
        foreach (var m in Prose.Find(context, ExclamationRegex()))
            yield return Info.At(m.Span, $"'{m.Match.Value.Trim()}' stacked exclamation marks are dramatic");
    }

    [GeneratedRegex(@"\w+\s*(?:!\s*){2,}|\w+\s*(?:\?\s*!|!\s*\?)[!?]*")]
    private static partial Regex ExclamationRegex();
}
