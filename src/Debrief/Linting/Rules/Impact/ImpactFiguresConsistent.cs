// DB032: the summary (and front matter) give one figure for the share of users affected, not several.
using System.Globalization;
using System.Text.RegularExpressions;
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Impact;

/// <summary>Reports conflicting "N% of users" figures within the summary and impact sections.</summary>
public sealed partial class ImpactFiguresConsistent : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB032", Name: "impact-figures-consistent", Family: RuleFamilies.Impact,
        Summary: "The summary gives conflicting figures for the same impact",
        Why: "If the summary says 30% of users in one sentence and 60% in the next, readers quote whichever they saw first. Peak and average figures are fine when labelled.",
        Bad: "## Issue Summary\n\nAbout 30% of users were affected. Checkout failed for 60% of users during the outage.\n",
        Good: "## Issue Summary\n\nAbout 30% of users were affected. Checkout failed for 30% of users during the outage, peaking at 60% of users at 10:15.\n")
    {
        HowToFix = "Keep one figure, or label each (\"at the peak\", \"on average\", \"in the EU region\").",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var figures = new List<(double Value, string Noun, Model.SourceSpan Span, string Text)>();
        foreach (var section in doc.Sections.Where(s => s.Kind is SectionKind.Summary or SectionKind.Impact).Take(2))
        {
            foreach (var m in Prose.Find(context, FigureRegex(), section.Span))
            {
                var sentence = Prose.SentenceAround(m.LineText, m.Index);
                if (QualifierRegex().IsMatch(sentence))
                    continue;
                if (double.TryParse(m.Group("n"), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                    figures.Add((v, Noun(m.Group("noun")), m.Span, m.Value.Trim()));
            }
        }
        if (doc.FrontMatter?.Impact?.UsersAffectedPct is { } pct)
            figures.Insert(0, (pct, "users", new Model.SourceSpan(doc.FrontMatter.KeyLines.GetValueOrDefault("impact", 1), 1, 0, 0), $"users_affected_pct: {pct.ToString(CultureInfo.InvariantCulture)}"));
        foreach (var group in figures.GroupBy(f => f.Noun))
        {
            var first = group.First();
            var conflict = group.FirstOrDefault(f => Math.Abs(f.Value - first.Value) > 1);
            if (conflict.Text is not null)
                yield return Info.At(conflict.Span, $"'{conflict.Text}' conflicts with '{first.Text}' (line {first.Span.Line})");
        }
    }

    private static string Noun(string noun)
    {
        var n = noun.ToLowerInvariant();
        return n switch
        {
            "customers" or "clients" or "visitors" or "people" or "accounts" or "members" or "subscribers" => "users",
            "queries" or "traffic" => "requests",
            _ => n,
        };
    }

    [GeneratedRegex(@"(?<![\w.])(?<n>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)\s+of\s+(?:the\s+|our\s+|all\s+|its\s+)?(?:\w+\s+)?(?<noun>users|customers|clients|visitors|requests|traffic|queries|people|accounts|members|subscribers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigureRegex();

    [GeneratedRegex(@"\b(?:peak|peaked|peaking|average|averaged|median|maximum|max|minimum|min|up to|at most|at least|restored|recovered|back online|region|initially|later|rose|fell|dropped|increased|decreased)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QualifierRegex();
}
