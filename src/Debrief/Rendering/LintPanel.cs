// What the HTML's lint panel shows: the score, its reasons and the findings (filled from the linter's result by the caller).
namespace Debrief.Rendering;

/// <summary>One finding as the panel lists it.</summary>
public sealed record LintPanelFinding(int Line, int Column, string Severity, string RuleId, string RuleName, string Message);

/// <summary>The lint result shown in a collapsible panel of the HTML page.</summary>
/// <param name="Score">0-100.</param>
/// <param name="Reasons">Why the score is what it is, one line each.</param>
/// <param name="Findings">The findings, in document order.</param>
public sealed record LintPanel(int Score, IReadOnlyList<string> Reasons, IReadOnlyList<LintPanelFinding> Findings);

/// <summary>Optional parts of the HTML page.</summary>
public sealed record HtmlRenderOptions
{
    /// <summary>The lint panel; none when null.</summary>
    public LintPanel? Lint { get; init; }

    /// <summary>An impact chart SVG (from an evidence report), inlined after the timeline diagram; none when null.</summary>
    public string? ImpactChartSvg { get; init; }

    /// <summary>Folder of the document, to inline relative images as data URIs; relative images are dropped when null.</summary>
    public string? BaseDirectory { get; init; }
}
