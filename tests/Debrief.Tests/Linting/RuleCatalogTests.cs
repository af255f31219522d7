// Meta-tests that keep the rule catalogue honest: registered, unique, well named, documented, docs up to date.
using System.Text.RegularExpressions;
using Debrief.Linting;

namespace Debrief.Tests.Linting;

public sealed class RuleCatalogTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var r in RuleCatalog.All)
            data.Add(r.Info.Id);
        return data;
    }

    [Fact]
    public void Every_rule_type_in_the_assembly_is_registered()
    {
        var types = typeof(ILintRule).Assembly.GetTypes()
            .Where(t => typeof(ILintRule).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .Select(t => t.FullName).OrderBy(n => n).ToList();
        var registered = RuleCatalog.All.Select(r => r.GetType().FullName).OrderBy(n => n).ToList();
        Assert.Equal(types, registered);
    }

    [Fact]
    public void Ids_and_names_are_unique()
    {
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Info.Id).Distinct().Count());
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Info.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Metadata_is_complete_and_well_formed(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var info = rule.Info;
        Assert.Matches(new Regex(@"^DB\d{3}$"), info.Id);
        Assert.Matches(new Regex(@"^[a-z]+(-[a-z]+)*$"), info.Name);
        Assert.Contains(info.Family, RuleFamilies.All);
        Assert.False(string.IsNullOrWhiteSpace(info.Summary));
        Assert.False(string.IsNullOrWhiteSpace(info.Why));
        Assert.False(string.IsNullOrWhiteSpace(info.Bad));
        Assert.False(string.IsNullOrWhiteSpace(info.Good));
        Assert.False(string.IsNullOrWhiteSpace(info.HowToFix));
        Assert.NotEqual(info.Bad, info.Good);
        // The rule lives in Rules/<Family>/ (namespace mirrors folder).
        Assert.StartsWith("Debrief.Linting.Rules.", rule.GetType().Namespace);
    }

    [Fact]
    public void Rules_are_listed_in_id_order()
    {
        var ids = RuleCatalog.All.Select(r => r.Info.Id).ToList();
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal).ToList(), ids);
    }

    [Fact]
    public void Element_keys_are_claimed_by_at_most_one_rule()
    {
        var claims = RuleCatalog.All.SelectMany(r => r.Info.Elements.Select(e => (e, r.Info.Id))).GroupBy(x => x.e);
        Assert.All(claims, g => Assert.Single(g));
    }

    [Fact]
    public void Committed_rule_docs_are_up_to_date()
    {
        var dir = Path.Combine(RepoRoot(), "docs", "rules");
        var expected = RuleDocs.All();
        foreach (var (name, content) in expected)
        {
            var path = Path.Combine(dir, name);
            Assert.True(File.Exists(path), $"docs/rules/{name} is missing: run `dotnet run --project src/Debrief.Cli -- rules --write-docs docs/rules`");
            Assert.True(content == File.ReadAllText(path), $"docs/rules/{name} is stale: run `dotnet run --project src/Debrief.Cli -- rules --write-docs docs/rules`");
        }
        var extra = Directory.GetFiles(dir, "*.md").Select(Path.GetFileName).Except(expected.Keys).ToList();
        Assert.Empty(extra);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_page_with_its_examples(string id)
    {
        var info = RuleCatalog.Find(id)!.Info;
        var page = RuleDocs.Page(info);
        Assert.Contains($"# {info.Id} {info.Name}", page);
        Assert.Contains("## Why it matters", page);
        Assert.Contains(info.Bad.TrimEnd('\n'), page);
        Assert.Contains(info.Good.TrimEnd('\n'), page);
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Debrief.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("repository root (Debrief.slnx) not found above " + AppContext.BaseDirectory);
    }
}
