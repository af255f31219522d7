using Debrief.Linting;
using Debrief.Model;
using Debrief.Parsing;

namespace Debrief.Tests.Linting;

public sealed class InlineSuppressionsTests
{
    private static Diagnostic At(string rule, string name, int line) =>
        new(rule, name, "time", Severity.Error, line, 1, "m") { Span = new SourceSpan(line, 1, 0, 1) };

    [Fact]
    public void Disable_and_enable_bound_a_region_by_id_or_name()
    {
        var text = new SourceText("a\n<!-- debrief-disable DB010 word-budget -->\nb\nc\n<!-- debrief-enable DB010 -->\nd\n");
        var s = new InlineSuppressions(text);
        Assert.False(s.Suppresses(At("DB010", "timeline-chronological", 1)));
        Assert.True(s.Suppresses(At("DB010", "timeline-chronological", 3)));
        Assert.False(s.Suppresses(At("DB010", "timeline-chronological", 6)));
        Assert.True(s.Suppresses(At("DB020", "word-budget", 6)));
        Assert.False(s.Suppresses(At("DB011", "timezone-stated", 3)));
    }

    [Fact]
    public void Bare_disable_silences_every_rule_and_document_findings_follow_any_disable()
    {
        var s = new InlineSuppressions(new SourceText("x\n<!-- debrief-disable -->\ny\n"));
        Assert.True(s.Suppresses(At("DB073", "dramatic-language", 3)));
        Assert.False(s.Suppresses(At("DB073", "dramatic-language", 1)));
        var documentLevel = new Diagnostic("DB020", "word-budget", "length", Severity.Warning, 1, 1, "m");
        Assert.True(s.Suppresses(documentLevel));
    }
}
