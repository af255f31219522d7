using Debrief.Io;
using Debrief.Linting;
using Debrief.Linting.Profiles;
using Debrief.Model;

namespace Debrief.Tests.Linting;

public sealed class LintConfigTests
{
    [Fact]
    public void Reads_profile_rules_severities_options_and_vocabulary()
    {
        var config = LintConfig.Parse("""
            profile: sre
            rules:
              DB020: off
              timeline-chronological: warning
              DB040:
                severity: error
                options:
                  max-words: 30
            vocabulary:
              dramatic-words: [kaboom, "total meltdown"]
            """, "x/.debrief.yml");
        Assert.Equal("sre", config.Profile);
        Assert.False(config.For(RuleCatalog.Find("DB020")!.Info)!.Enabled);
        Assert.Equal(Severity.Warning, config.For(RuleCatalog.Find("DB010")!.Info)!.Severity);
        Assert.Equal(Severity.Error, config.For(RuleCatalog.Find("DB040")!.Info)!.Severity);
        Assert.Equal("30", config.For(RuleCatalog.Find("DB040")!.Info)!.Options["max-words"]);
        Assert.Equal(["kaboom", "total meltdown"], config.Vocabulary["dramatic-words"]);
        Assert.Equal("sre", config.ResolveProfile(null).Name);
        Assert.Equal("brief", config.ResolveProfile("brief").Name);
    }

    [Fact]
    public void Reads_a_custom_profile()
    {
        var config = LintConfig.Parse("""
            profile: team
            profiles:
              team:
                extends: sre
                sections: [Summary, Timeline, Action Items, Customer Communication]
                elements: [summary, timeline, measures.tasks]
                words: 200-900
                section-words: { summary: 80 }
                action-items: [owner, due]
            """);
        var p = config.ResolveProfile(null);
        Assert.Equal("team", p.Name);
        Assert.Equal(["Summary", "Timeline", "Action Items", "Customer Communication"], p.Sections.Select(s => s.Title));
        Assert.Equal([SectionKind.Summary], p.Sections[0].Kinds);
        Assert.Empty(p.Sections[3].Kinds);
        Assert.True(p.Requires(ElementKeys.MeasuresTasks));
        Assert.False(p.Requires(ElementKeys.SummaryDuration));
        Assert.Equal(new WordBudget(200, 900), p.Words);
        Assert.Equal(80, p.SectionWordLimits[SectionKind.Summary]);
        Assert.Equal(ActionItemFields.Owner | ActionItemFields.Due, p.ActionItemFields);
    }

    [Theory]
    [InlineData("rules:\n  DB020: loud\n", 2, "expected off")]
    [InlineData("colour: red\n", 1, "unknown key 'colour'")]
    [InlineData("vocabulary:\n  swear-words: [x]\n", 2, "unknown vocabulary list")]
    [InlineData("profiles:\n  p:\n    elements: [summary.mood]\n", 3, "unknown element")]
    [InlineData("rules: [a, b\n", 2, "invalid YAML")]
    public void Mistakes_are_input_errors_with_a_line(string yaml, int line, string message)
    {
        var e = Assert.Throws<InputException>(() => LintConfig.Parse(yaml, ".debrief.yml"));
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Unknown_profile_is_an_input_error()
    {
        var e = Assert.Throws<InputException>(() => LintConfig.Empty.ResolveProfile("nasa"));
        Assert.Contains("unknown profile 'nasa'", e.Message);
    }

    [Fact]
    public void Config_is_found_by_walking_up_from_the_document()
    {
        var root = Directory.CreateTempSubdirectory("debrief-config-");
        try
        {
            var nested = Directory.CreateDirectory(Path.Combine(root.FullName, "a", "b"));
            File.WriteAllText(Path.Combine(root.FullName, ".debrief.yml"), "profile: sre\n");
            Assert.Equal(Path.Combine(root.FullName, ".debrief.yml"), Debrief.Io.ConfigDiscovery.Find(nested.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void Empty_file_is_the_default_config()
    {
        Assert.Null(LintConfig.Parse("").Profile);
        Assert.Equal("brief", LintConfig.Parse("# nothing\n").ResolveProfile(null).Name);
    }
}
