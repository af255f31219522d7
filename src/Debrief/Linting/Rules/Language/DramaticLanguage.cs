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
        // One finding per line, listing its dramatic words, so one overwrought sentence is one finding.
        var exceptions = context.Vocabulary.Matcher(LintVocabulary.DramaticExceptions);
        var words = Prose.Find(context, context.Vocabulary.Matcher(LintVocabulary.DramaticWords))
            .Where(m => !exceptions.Matches(m.LineText).Any(x => x.Index <= m.Index && m.Index < x.Index + x.Length))
            .Concat(Prose.Find(context, ExclamationRegex()));
        foreach (var line in words.GroupBy(m => m.Line.Number))
        {
            var first = line.OrderBy(m => m.Span.Start).First();
            var quoted = string.Join(", ", line.OrderBy(m => m.Span.Start).Select(m => $"'{m.Value.Trim()}'").Distinct());
            yield return Info.At(first.Span, $"{quoted}: dramatic language; state the facts");
        }
    }

    [GeneratedRegex(@"\w+\s*(?:!\s*){2,}|\w+\s*(?:\?\s*!|!\s*\?)[!?]*")]
    private static partial Regex ExclamationRegex();
}
