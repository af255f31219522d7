// DB030: the impact is given in numbers, including the share of users affected where the profile asks for it.
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Impact;

/// <summary>Reports an impact statement without numbers, or a missing percentage of users affected.</summary>
public sealed class ImpactQuantified : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB030", Name: "impact-quantified", Family: RuleFamilies.Impact,
        Summary: "The impact has no numbers (how many users, how many requests)",
        Why: "\"Some users were affected\" cannot be compared, prioritised or checked against an error budget. A percentage of users, a count of failed requests or a revenue figure can.",
        Bad: "## Issue Summary\n\nFrom 10:00 to 11:00 UTC some users could not log in.\n",
        Good: "## Issue Summary\n\nFrom 10:00 to 11:00 UTC 25% of users could not log in.\n")
    {
        Elements = [ElementKeys.SummaryAffectedPercentage],
        HowToFix = "Say how many: \"25% of users\", \"1.2 million failed requests\", \"all users in the EU region\".",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var percentage = context.Elements[ElementKeys.SummaryAffectedPercentage];
        if (context.Profile.Requires(ElementKeys.SummaryAffectedPercentage) && !percentage.Found)
        {
            var impact = doc.Summary.Impact;
            yield return (impact is not null
                    ? Info.At(impact.Span, "the impact does not say what percentage of users was affected")
                    : Info.AtDocument("missing element summary.affected_percentage: the summary does not say what percentage of users was affected"))
                with { Element = ElementKeys.SummaryAffectedPercentage };
            yield break;
        }
        // Profiles that do not ask for a percentage still want numbers somewhere in the impact.
        var text = (doc.Summary.Impact is { } stated ? Statement(doc, stated) : null) ?? doc.SectionOf(SectionKind.Impact)?.Body;
        if (text is not null && !Prose.HasQuantity(text) && doc.FrontMatter?.Impact is null)
        {
            var span = doc.Summary.Impact?.Span ?? doc.SectionOf(SectionKind.Impact)?.HeadingSpan ?? SourceSpan.None;
            yield return Info.At(span, "the impact gives no numbers (users, requests, revenue)");
        }
    }

    /// <summary>The impact statement with the rest of its paragraph, as the parser joined it: a figure in the next
    /// sentence ("Users could not log in. About 20% of them were affected.") quantifies it too.</summary>
    private static string Statement(Postmortem doc, Fact<string> impact)
    {
        var span = impact.Span;
        var paragraphs = doc.Paragraphs.Where(p => span.IsKnown && p.Span.Start < span.End && span.Start < p.Span.End).Select(p => p.Text).ToList();
        return paragraphs.Count > 0 ? string.Join(' ', paragraphs) : impact.Text;
    }
}
