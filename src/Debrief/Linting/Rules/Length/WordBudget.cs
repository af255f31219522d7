// DB020: the document's prose word count is within the profile's budget (brief: 400-600).
namespace Debrief.Linting.Rules.Length;

/// <summary>Reports a document shorter or longer than the profile's word budget.</summary>
public sealed class WordBudget : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB020", Name: "word-budget", Family: RuleFamilies.Length,
        Summary: "The document is outside the profile's word budget",
        Why: "A postmortem that is too short skips the reasoning; one that is too long is not read. The brief format asks for 400 to 600 words.",
        Bad: "## Issue Summary\n\nThe site was down for an hour.\n",
        Good: "## Issue Summary\n\n" + string.Concat(Enumerable.Repeat("The database failover took longer than planned. ", 70)) + "\n")
    {
        Options =
        [
            new RuleOption("min", "profile", "Fewest prose words (default: the profile's budget; brief 400)."),
            new RuleOption("max", "profile", "Most prose words (default: the profile's budget; brief 600)."),
        ],
        HowToFix = "Cut repetition and background, or add the missing reasoning. Words are counted in prose only: front matter, code, tables' markup, URLs and HTML are excluded.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var min = context.IntOption(Info, "min", context.Profile.Words.Min ?? -1);
        var max = context.IntOption(Info, "max", context.Profile.Words.Max ?? -1);
        var words = context.Document.Words;
        if (min >= 0 && words < min)
            yield return Info.AtDocument($"{words} words, under the budget of {Budget(min, max)}");
        else if (max >= 0 && words > max)
            yield return Info.AtDocument($"{words} words, over the budget of {Budget(min, max)}");
    }

    private static string Budget(int min, int max) => min >= 0 && max >= 0 ? $"{min}-{max}" : min >= 0 ? $"at least {min}" : $"at most {max}";
}
