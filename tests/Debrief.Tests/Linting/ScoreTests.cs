using Debrief.Linting;
using Debrief.Model;

namespace Debrief.Tests.Linting;

public sealed class ScoreTests
{
    private static ElementReport Report(params string[] found) =>
        new(ElementKeys.All.Select(k => found.Contains(k) ? new ElementResult(k, true, 1, "x") : ElementResult.Missing(k)));

    [Fact]
    public void Perfect_document_scores_100_without_reasons()
    {
        var s = Score.Compute([ElementKeys.Summary, ElementKeys.Timeline], Report(ElementKeys.Summary, ElementKeys.Timeline), []);
        Assert.Equal(100, s.Value);
        Assert.Empty(s.Reasons);
    }

    [Fact]
    public void Missing_elements_and_findings_cost_points_with_reasons()
    {
        var findings = new[]
        {
            new Diagnostic("DB010", "timeline-chronological", "time", Severity.Error, 3, 1, "m"),
            new Diagnostic("DB073", "dramatic-language", "language", Severity.Warning, 4, 1, "m"),
            new Diagnostic("DB003", "heading-names", "structure", Severity.Info, 1, 1, "m"),
            new Diagnostic("DB042", "escalation-recorded", "timeline", Severity.Warning, 1, 1, "m") { Element = ElementKeys.TimelineEscalation },
        };
        var s = Score.Compute([ElementKeys.Summary, ElementKeys.TimelineEscalation], Report(ElementKeys.Summary), findings);
        // 50 - 25 (one of two elements) + 50 - 10 - 3 = 62; the element finding is priced once, info costs nothing.
        Assert.Equal(62, s.Value);
        Assert.Equal(["timeline.escalation", "DB010", "DB073"], s.Reasons.Select(r => r.Key));
    }

    [Fact]
    public void One_rule_costs_at_most_its_cap()
    {
        var many = Enumerable.Range(1, 20).Select(i => new Diagnostic("DB071", "blame-language", "language", Severity.Warning, i, 1, "m"));
        var s = Score.Compute([], Report(), many);
        Assert.Equal(100 - (int)Score.RuleCap, s.Value);
    }
}
