// DB031: a percentage of users, requests or traffic lies between 0 and 100.
using System.Globalization;
using System.Text.RegularExpressions;
using Debrief.Linting.Analysis;

namespace Debrief.Linting.Rules.Impact;

/// <summary>Reports shares of a population above 100% (growth figures such as "traffic rose 300%" are fine).</summary>
public sealed partial class PercentageRange : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB031", Name: "percentage-range", Family: RuleFamilies.Impact,
        Summary: "A share of users or requests is outside 0-100%",
        Why: "More than 100% of users cannot be affected; such a figure is a typo or a confusion between a share and a growth rate, and it undermines every other number in the report.",
        Bad: "## Issue Summary\n\nAbout 120% of users saw errors.\n",
        Good: "## Issue Summary\n\nAbout 12% of users saw errors.\n")
    {
        Severity = Severity.Error,
        HowToFix = "Correct the figure; for growth write \"traffic rose by 300%\" or \"4x\" rather than a share.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var m in Prose.Find(context, ShareRegex()))
        {
            if (!double.TryParse(m.Group("n"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 100)
                continue;
            yield return Info.At(m.Span, $"'{m.Value.Trim()}' is more than 100% of a population");
        }
        var fm = context.Document.FrontMatter?.Impact;
        foreach (var (key, value) in new[] { ("users_affected_pct", fm?.UsersAffectedPct), ("requests_failed_pct", fm?.RequestsFailedPct) })
        {
            if (value is { } v && (v < 0 || v > 100))
            {
                var line = context.Document.FrontMatter!.KeyLines.GetValueOrDefault("impact", 1);
                yield return Info.At(new Model.SourceSpan(line, 1, context.Text.LineStart(line), 0), $"front matter impact.{key} is {v.ToString(CultureInfo.InvariantCulture)}, outside 0-100");
            }
        }
    }

    // "120% of users", "150 percent of our customers", "affected 130% of traffic"; not "increased by 300%".
    [GeneratedRegex(@"(?<![\w.])(?<n>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)\s+of\s+(?:the\s+|our\s+|all\s+|its\s+|their\s+)?(?:\w+\s+)?(?:users|customers|clients|visitors|requests|traffic|queries|sessions|accounts|people|members|subscribers|tenants)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareRegex();
}
