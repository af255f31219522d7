// The same text with LF, CRLF and lone-CR line endings gets the same findings at the same lines and columns.
using System.Text.RegularExpressions;
using Debrief.Io;
using Debrief.Linting;

namespace Debrief.Tests.Linting;

public sealed partial class LineEndingsTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Every Markdown fixture of the test project (lint, parser, render and XSS fixtures) and the fuzz inputs.</summary>
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FixtureRoot, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".input", StringComparison.Ordinal))
                     .Select(f => Path.GetRelativePath(FixtureRoot, f)).Order(StringComparer.Ordinal))
            data.Add(file);
        return data;
    }

    /// <summary>The text with LF endings and the fixture markers (<c>{DB010}</c>) removed.</summary>
    private static string Lf(string relative)
    {
        var raw = File.ReadAllText(Path.Combine(FixtureRoot, relative));
        return MarkerRegex().Replace(raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), "");
    }

    private static string WithEnding(string lf, string ending) => lf.Replace("\n", ending, StringComparison.Ordinal);

    /// <summary>(rule, line, column, message) of every finding; a document the parser refuses gives its error instead.</summary>
    private static List<string> Findings(string text, string profile, string path)
    {
        try
        {
            return RuleExamplesTests.LintText(text, profile, path).Diagnostics
                .Select(d => $"{d.Rule} {d.Line}:{d.Column} {d.Message}").ToList();
        }
        catch (InputException e)
        {
            return [$"input error {e.Line}: {e.Message}"];
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Findings_are_identical_with_lf_crlf_and_lone_cr(string relative)
    {
        var lf = Lf(relative);
        var path = Path.Combine(FixtureRoot, relative);
        foreach (var profile in new[] { "brief", "sre" })
        {
            var expected = Findings(lf, profile, path);
            foreach (var (name, ending) in new[] { ("CRLF", "\r\n"), ("CR", "\r") })
            {
                var actual = Findings(WithEnding(lf, ending), profile, path);
                Assert.True(expected.SequenceEqual(actual),
                    $"{relative} ({profile}) with {name} endings differs from LF:\nLF only:\n  {string.Join("\n  ", expected.Except(actual))}\n{name} only:\n  {string.Join("\n  ", actual.Except(expected))}");
            }
        }
    }

    [Fact]
    public void Lone_cr_findings_point_at_the_right_line_and_column()
    {
        var lf = Lf(Path.Combine("Lint", "language.md"));
        var cr = RuleExamplesTests.LintText(WithEnding(lf, "\r")).Diagnostics;
        var blame = cr.Single(d => d.Rule == "DB070");
        Assert.Equal((6, 1), (blame.Line, blame.Column));
        var hindsight = cr.Where(d => d.Rule == "DB071").Select(d => (d.Line, d.Column)).ToList();
        Assert.Equal([(6, 6), (7, 13)], hindsight);
    }

    [Fact]
    public void A_disabled_region_silences_its_rule_with_every_line_ending()
    {
        var lf = Lf(Path.Combine("Lint", "suppressed-timeline.md"));
        foreach (var ending in new[] { "\n", "\r\n", "\r" })
        {
            var findings = RuleExamplesTests.LintText(WithEnding(lf, ending)).Diagnostics;
            Assert.DoesNotContain(findings, d => d.Rule == "DB044");
            Assert.Contains(findings, d => d.Rule == "DB073" && d.Line == 6);
        }
    }

    [GeneratedRegex(@"[ \t]*\{DB\d{3}(?:\s*,\s*DB\d{3})*\}")]
    private static partial Regex MarkerRegex();
}
