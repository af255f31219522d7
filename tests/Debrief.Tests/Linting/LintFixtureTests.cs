// Fixtures that read as their own assertions: a line ending in {DB010} expects that rule on that line.
using System.Text.RegularExpressions;
using Debrief.Linting;

namespace Debrief.Tests.Linting;

public sealed partial class LintFixtureTests
{
    private static readonly string FixtureDir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Lint");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FixtureDir, "*.md").OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>Each fixture starts with <c>&lt;!-- fixture: rules DB010 DB012; profile brief --&gt;</c>: only those rules
    /// are compared; every <c>{DBnnn}</c> marker (removed before linting) is one expected finding on its line.</summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_findings_match_its_markers(string name)
    {
        var raw = File.ReadAllText(Path.Combine(FixtureDir, name));
        var header = HeaderRegex().Match(raw);
        Assert.True(header.Success, $"{name}: missing <!-- fixture: rules ...; profile ... --> header");
        var rules = header.Groups["rules"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var profile = header.Groups["profile"].Success ? header.Groups["profile"].Value : "brief";
        var expected = new List<(int Line, string Rule)>();
        var lines = raw.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match m in MarkerRegex().Matches(lines[i]))
                foreach (var id in m.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
                    expected.Add((i + 1, id));
            lines[i] = MarkerRegex().Replace(lines[i], "");
        }
        var source = string.Join('\n', lines);
        var path = Path.Combine(FixtureDir, name);
        var actual = RuleExamplesTests.LintText(source, profile, path).Diagnostics
            .Where(d => rules.Contains(d.Rule))
            .Select(d => (d.Line, d.Rule)).ToList();
        var describe = string.Join("\n", RuleExamplesTests.LintText(source, profile, path).Diagnostics.Where(d => rules.Contains(d.Rule)).Select(d => $"{d.Line}: {d.Rule} {d.Message}"));
        Assert.True(expected.OrderBy(x => x).SequenceEqual(actual.OrderBy(x => x)),
            $"{name}: expected [{string.Join(", ", expected.Select(e => $"{e.Line}:{e.Rule}"))}] got:\n{describe}");
    }

    [GeneratedRegex(@"<!--\s*fixture:\s*rules\s+(?<rules>[^;>]+?)\s*(?:;\s*profile\s+(?<profile>\w+)\s*)?-->")]
    private static partial Regex HeaderRegex();

    [GeneratedRegex(@"\s*\{(?<ids>DB\d{3}(?:\s*,\s*DB\d{3})*)\}")]
    private static partial Regex MarkerRegex();
}
