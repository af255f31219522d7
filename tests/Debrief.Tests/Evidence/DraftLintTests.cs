// A generated draft passes the linter on everything Debrief computed: times, window, impact; only the TODO parts are flagged.
using Debrief.Elements;
using Debrief.Evidence;
using Debrief.Linting;
using Debrief.Linting.Profiles;
using Debrief.Parsing;

namespace Debrief.Tests.Evidence;

public sealed class DraftLintTests
{
    private static readonly string[] ComputedFamilies = ["time", "impact"];

    private static IReadOnlyList<Diagnostic> Lint(string draft)
    {
        var doc = PostmortemParser.Parse(draft, "draft.md");
        return new Linter().Lint(doc, ElementDetector.Detect(doc), BuiltInProfiles.Brief).Diagnostics;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Draft_has_no_time_or_impact_findings(bool ongoing)
    {
        var findings = Lint(DraftWriter.Write(DraftWriterTests.OutageReport(ongoing)));
        var computed = findings.Where(f => ComputedFamilies.Contains(f.Family)).Select(f => $"{f.Rule} {f.Name}: {f.Message}").ToList();
        Assert.Empty(computed);
    }

    [Fact]
    public void Summary_elements_for_computed_facts_are_found()
    {
        var draft = DraftWriter.Write(DraftWriterTests.OutageReport());
        var doc = PostmortemParser.Parse(draft, "draft.md");
        var elements = ElementDetector.Detect(doc);
        foreach (var key in new[] { "summary.duration", "summary.start_end_times", "summary.timezone", "summary.impact", "summary.affected_percentage", "timeline", "timeline.detected_at" })
            Assert.True(elements[key].Found, $"{key} not found");
    }
}
