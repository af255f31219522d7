// What the HTML's lint panel shows: the score, its reasons and the findings, read from the document's lint result.
using Debrief.Linting;

namespace Debrief.Rendering;

/// <summary>One finding as the panel lists it.</summary>
public sealed record LintPanelFinding(int Line, int Column, string Severity, string RuleId, string RuleName, string Message);

/// <summary>The lint result shown in a collapsible panel of the HTML page.</summary>
/// <param name="Score">0-100.</param>
/// <param name="Reasons">Why the score is what it is, one line each.</param>
/// <param name="Findings">The findings, in document order.</param>
public sealed record LintPanel(int Score, IReadOnlyList<string> Reasons, IReadOnlyList<LintPanelFinding> Findings)
{
    /// <summary>The panel of a lint result.</summary>
    public static LintPanel From(LintResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new LintPanel(
            result.Score.Value,
            result.Score.Reasons.Select(r => $"−{r.Points:0.#} {r.Detail}").ToList(),
            result.Diagnostics.Select(d => new LintPanelFinding(d.Line, d.Column, d.Severity.ToString(), d.Rule, d.Name, d.Message)).ToList());
    }
}

/// <summary>Optional parts of the HTML page.</summary>
public sealed record HtmlRenderOptions
{
    /// <summary>The lint panel; none when null. <see cref="HtmlRenderer.Render(Pipeline.AnalyzedDocument, HtmlRenderOptions?)"/>
    /// fills it from the document's lint result unless <see cref="NoLint"/> is set.</summary>
    public LintPanel? Lint { get; init; }

    /// <summary>Leave the lint panel out.</summary>
    public bool NoLint { get; init; }

    /// <summary>An impact chart SVG (from an evidence report), inlined after the timeline diagram; none when null.</summary>
    public string? ImpactChartSvg { get; init; }

    /// <summary>Resolves relative images to inline as data URIs; relative images are dropped when null.</summary>
    public Pipeline.IAssetResolver? Assets { get; init; }
}
