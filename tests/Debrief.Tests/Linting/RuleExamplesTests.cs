// Meta-tests run against every rule: its Bad example fires, its Good example is clean, fixable rules really fix.
using Debrief.Elements;
using Debrief.Linting;
using Debrief.Linting.Fixes;
using Debrief.Linting.Profiles;
using Debrief.Parsing;

namespace Debrief.Tests.Linting;

public sealed class RuleExamplesTests
{
    public static TheoryData<string> RuleIds() => RuleCatalogTests.RuleIds();

    // Examples are linted as if they were a file in the test folder, so relative links resolve against it.
    private static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "rule-example.md");

    internal static LintResult LintText(string markdown, string profile = "brief", string? path = null, LintConfig? config = null)
    {
        var document = PostmortemParser.Parse(markdown, path);
        return new Linter().Lint(document, ElementDetector.Detect(document), BuiltInProfiles.ByName[profile], config, Debrief.Io.FolderAssets.ForDocument(path));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Bad_example_fires(string id)
    {
        var info = RuleCatalog.Find(id)!.Info;
        var findings = LintText(info.Bad, info.ExampleProfile, ExamplePath).Diagnostics.Where(d => d.Rule == id).ToList();
        Assert.True(findings.Count > 0, $"{id} {info.Name} does not fire on its Bad example");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Good_example_is_clean(string id)
    {
        var info = RuleCatalog.Find(id)!.Info;
        var findings = LintText(info.Good, info.ExampleProfile, ExamplePath).Diagnostics.Where(d => d.Rule == id).ToList();
        Assert.True(findings.Count == 0, $"{id} {info.Name} fires on its Good example: {string.Join("; ", findings.Select(f => f.Message))}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Fixable_rules_produce_fixes_that_remove_the_finding(string id)
    {
        var info = RuleCatalog.Find(id)!.Info;
        var result = LintText(info.Bad, info.ExampleProfile, ExamplePath);
        var own = result.Diagnostics.Where(d => d.Rule == id).ToList();
        if (!info.Fixable)
        {
            Assert.All(own, d => Assert.Null(d.Fix));
            return;
        }
        Assert.Contains(own, d => d.Fix is { Safe: true, Edits.Count: > 0 });
        var fixedText = FixApplier.Apply(info.Bad, own, out var applied);
        Assert.True(applied > 0);
        var after = LintText(fixedText, info.ExampleProfile, ExamplePath).Diagnostics.Count(d => d.Rule == id);
        Assert.True(after < own.Count, $"{id} still reports {after} findings after its fixes:\n{fixedText}");
    }

    [Fact]
    public void No_rule_throws_on_odd_documents()
    {
        string[] documents =
        [
            "", "\n\n\n", "# Only a title", "---\ntitle: x\n---\n", "## Timeline\n- 25:99 nonsense\n- 13:00\n- 12:00 back\n",
            "## Timeline\n\n| Time | Event |\n|---|---|\n| 10:00 | a |\n| 09:00 | b |\n", "![](x.png) [link]()\n",
            "## Issue Summary\nFrom 23:00 to 01:00 UTC (2 hours) 150% of users.\n## Timeline\n- 23:30 UTC - Alert.\n- 00:30 UTC - Fixed.\n",
        ];
        foreach (var doc in documents)
            foreach (var profile in BuiltInProfiles.ByName.Keys)
                Assert.DoesNotContain(LintText(doc, profile).Diagnostics, d => d.Message.StartsWith("internal error", StringComparison.Ordinal));
    }
}
