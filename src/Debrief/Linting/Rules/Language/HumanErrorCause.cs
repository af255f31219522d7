// DB072: "human error" (or "operator error") is not given as a cause.
using Debrief.Linting.Analysis;
using Debrief.Linting.Vocabulary;
using Debrief.Model;

namespace Debrief.Linting.Rules.Language;

/// <summary>Reports "human error" used as a cause: in the root cause, or in a sentence about causes.</summary>
public sealed partial class HumanErrorCause : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB072", Name: "human-error-cause", Family: RuleFamilies.Language,
        Summary: "\"Human error\" is given as a cause",
        Why: "Every incident involves people; calling it human error ends the inquiry. The useful question is what made the error easy and its effect large.",
        Bad: "## Root Cause and Resolution\n\nThe outage was caused by human error during the deploy.\n",
        Good: "## Root Cause and Resolution\n\nThe outage was caused by a deploy command that accepts a production host name without confirmation.\n")
    {
        HowToFix = "Replace \"human error\" with the mechanism: which step was error-prone, what guard was missing.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var causeSections = doc.Sections.Where(s => s.Kind is SectionKind.RootCause or SectionKind.RootCauseAndResolution or SectionKind.Trigger).ToList();
        var markers = context.Vocabulary.Matcher(LintVocabulary.CauseMarkers);
        foreach (var m in Prose.Find(context, context.Vocabulary.Matcher(LintVocabulary.HumanErrorPhrases)))
        {
            var inCauseSection = causeSections.Any(s => m.Span.Start >= s.Span.Start && m.Span.Start < s.Span.End);
            var sentence = Prose.SentenceAround(m.LineText, m.Index);
            var summaryCause = doc.Summary.RootCause is { } rc && rc.Span.ContainsLine(m.Span.Line);
            if (inCauseSection || summaryCause || markers.IsMatch(sentence))
            {
                if (NegatedRegex().IsMatch(sentence))
                    continue;
                yield return Info.At(m.Span, $"'{m.Value}' given as a cause; name the mechanism that made the error possible");
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:not|never|no|rather than|instead of|isn['’]t|wasn['’]t)\b[^.]{0,30}\bhuman error\b|\bhuman error\b[^.]{0,20}\bis (?:never|not)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NegatedRegex();
}
