// DB071: no hindsight and blame phrases ("should have", "careless", "forgot to", "'s fault"); the list is data.
using System.Text.RegularExpressions;
using Debrief.Linting.Analysis;
using Debrief.Linting.Vocabulary;

namespace Debrief.Linting.Rules.Language;

/// <summary>Reports blame and hindsight phrases from the blame vocabulary.</summary>
public sealed partial class BlameLanguage : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB071", Name: "blame-language", Family: RuleFamilies.Language,
        Summary: "Blame or hindsight language (\"should have\", \"careless\", \"forgot to\")",
        Why: "\"Should have\" judges a decision with knowledge nobody had at the time; \"careless\" and \"forgot to\" put the cause in a person. Both stop the analysis before it reaches the system.",
        Bad: "## Root Cause and Resolution\n\nThe on-call engineer should have checked the disk before deploying.\n",
        Good: "## Root Cause and Resolution\n\nThe deploy checklist did not include a disk check, and the disk alert threshold was above the level that breaks the database.\n")
    {
        HowToFix = "Say what happened and why it made sense at the time; move the \"should\" into an action item for the system (a check, an alert, a guard).",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var m in Prose.Find(context, context.Vocabulary.Matcher(LintVocabulary.BlamePhrases)))
        {
            // "should have been caught" judges in hindsight; "we should have alerting on X" is a recommendation.
            if (ShouldHaveRegex().IsMatch(m.Value))
            {
                var after = m.LineText[(m.Index + m.Value.Length)..];
                if (!ParticipleRegex().IsMatch(after))
                    continue;
                // What a thing was expected to do, not what a person failed to do: "statuses that should've been
                // removed are still shown", "delayed events should have been automatically replayed".
                if (ThingRelativeRegex().IsMatch(m.LineText[..m.Index]) || AutomaticRegex().IsMatch(after))
                    continue;
            }
            yield return Info.At(m.Span, $"'{m.Value}' is blame or hindsight language");
        }
    }

    [GeneratedRegex(@"\b(?:that|which)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ThingRelativeRegex();

    [GeneratedRegex(@"^\s+been\s+automatically\b", RegexOptions.IgnoreCase)]
    private static partial Regex AutomaticRegex();

    [GeneratedRegex(@"^should(?:n['’]t|\s+not)?(?:\s+have|['’]ve)$", RegexOptions.IgnoreCase)]
    private static partial Regex ShouldHaveRegex();

    // The next word is a past participle: "been", "known", "checked", "caught"...
    [GeneratedRegex(@"^\s+(?:(?:been|known|seen|done|gone|taken|made|caught|run|written|told|given|kept|put|set|thought|found|got|gotten|heard|read|built|sent|spent|understood|noticed)\b|\w+ed\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ParticipleRegex();
}
