// ci/gitlab/code-quality.jq (docs/ci.md's GitLab job): `debrief lint --format json` becomes a GitLab Code Quality report.
using System.Text.Json;

namespace Debrief.Cli.Tests;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class GitlabCodeQualityTests : IDisposable
{
    private readonly TempDir _temp = ShellRun.Temp("gitlab");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_finding_becomes_a_code_quality_issue_with_the_fields_gitlab_requires()
    {
        ShellRun.Require("jq", "jq");
        var lint = CliHarness.Run("lint", "--format", "json", ShellRun.Fixture("lint", "backwards.md"), ShellRun.Fixture("ci", "clean.md"));
        Assert.Equal(1, lint.ExitCode);
        var json = Path.Combine(_temp.Path, "lint.json");
        File.WriteAllText(json, lint.Stdout);
        var r = ShellRun.Run(_temp.Path, null, "jq", "-f", Path.Combine(ShellRun.RepoRoot(), "ci", "gitlab", "code-quality.jq"), json);
        Assert.True(r.ExitCode == 0, r.Stderr);

        using var findings = JsonDocument.Parse(lint.Stdout);
        var expected = findings.RootElement.EnumerateArray()
            .SelectMany(f => f.GetProperty("findings").EnumerateArray().Select(x => (Path: f.GetProperty("path").GetString(), Finding: x)))
            .ToList();
        using var report = JsonDocument.Parse(r.Stdout);
        var issues = report.RootElement.EnumerateArray().ToList();
        Assert.Equal(expected.Count, issues.Count);
        Assert.NotEmpty(issues);
        for (var i = 0; i < issues.Count; i++)
        {
            var issue = issues[i];
            var (path, finding) = expected[i];
            Assert.Equal(finding.GetProperty("rule").GetString(), issue.GetProperty("check_name").GetString());
            Assert.Contains(finding.GetProperty("message").GetString()!, issue.GetProperty("description").GetString());
            Assert.Equal(path, issue.GetProperty("location").GetProperty("path").GetString());
            Assert.Equal(finding.GetProperty("line").GetInt32(), issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
            var expectedSeverity = finding.GetProperty("severity").GetString() switch { "error" => "major", "warning" => "minor", _ => "info" };
            Assert.Equal(expectedSeverity, issue.GetProperty("severity").GetString());
        }
        // GitLab tells issues apart (new, fixed) by fingerprint: unique within a report.
        var fingerprints = issues.Select(i => i.GetProperty("fingerprint").GetString()).ToList();
        Assert.Equal(fingerprints.Count, fingerprints.Distinct().Count());
    }
}
