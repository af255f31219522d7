// DB082: the document has an image or diagram (brief profile; informational).
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Links;

/// <summary>Suggests adding a visual when the profile asks for one.</summary>
public sealed class VisualPresent : ILintRule
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        [ElementKeys.Visual] = "no image or diagram; a timeline diagram or an impact chart makes people read on (`debrief draft` can generate one)",
    };

    public RuleInfo Info { get; } = new(
        Id: "DB082", Name: "visual-present", Family: RuleFamilies.Links,
        Summary: "The document has no image or diagram",
        Why: "A chart of the error rate or a diagram of the failing path is read by people who skip the text; the brief format asks to make the postmortem attractive.",
        Bad: "## Issue Summary\n\nFrom 14:00 to 14:50 UTC checkout failed for 30% of users.\n",
        Good: "## Issue Summary\n\nFrom 14:00 to 14:50 UTC checkout failed for 30% of users.\n\n![Checkout error rate from 14:00 to 14:50 UTC](https://example.com/impact.svg)\n")
    {
        Severity = Severity.Info,
        Elements = [ElementKeys.Visual],
        HowToFix = "Add an image with alt text, or set `image:` in front matter.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context) => MissingElements.Report(context, Info, Messages);
}
