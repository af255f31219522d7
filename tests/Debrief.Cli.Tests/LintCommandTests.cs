// End-to-end tests of `debrief lint`, `debrief rules` and `debrief explain`: formats, exit codes, fixes, inputs.
using System.Text.Json;

namespace Debrief.Cli.Tests;

public sealed class LintCommandTests
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "lint");
    private static string F(string name) => Path.Combine(Dir, name);

    [Fact]
    public void Text_lines_are_path_line_col_severity_id_name_message_and_exit_1_on_findings()
    {
        var r = CliHarness.Run("lint", F("backwards.md"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{F("backwards.md")}:9:1: error DB010 timeline-chronological: ", r.Stdout);
        Assert.Contains("score ", r.Stdout);
        Assert.DoesNotContain("\u001b[", r.Stdout);
    }

    [Fact]
    public void Fail_level_error_ignores_warnings()
    {
        Assert.Equal(0, CliHarness.Run("lint", "--fail-level", "error", F("good.md")).ExitCode);
        Assert.Equal(1, CliHarness.Run("lint", "--fail-level", "error", F("backwards.md")).ExitCode);
    }

    [Fact]
    public void Json_has_path_score_elements_and_findings()
    {
        var r = CliHarness.Run("lint", "--format", "json", F("backwards.md"), F("good.md"));
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        var first = doc.RootElement[0];
        Assert.Equal(F("backwards.md"), first.GetProperty("path").GetString());
        Assert.InRange(first.GetProperty("score").GetInt32(), 0, 100);
        var timeline = first.GetProperty("elements").GetProperty("timeline");
        Assert.True(timeline.GetProperty("found").GetBoolean());
        Assert.Equal(JsonValueKind.Number, timeline.GetProperty("line").ValueKind);
        var finding = first.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("rule").GetString() == "DB010");
        foreach (var key in new[] { "rule", "name", "family", "severity", "line", "column", "message", "element", "fixable" })
            Assert.True(finding.TryGetProperty(key, out _), key);
        Assert.Equal(2, first.GetProperty("schema_version").GetInt32());
        Assert.True(first.TryGetProperty("score_reasons", out _));
        Assert.False(first.TryGetProperty("scoreReasons", out _));
        Assert.Equal("time", finding.GetProperty("family").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(9, finding.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Sarif_has_the_required_2_1_0_structure()
    {
        var r = CliHarness.Run("lint", "--format", "sarif", F("backwards.md"));
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("debrief", driver.GetProperty("name").GetString());
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToList();
        Assert.Contains("DB010", ruleIds);
        var result = run.GetProperty("results").EnumerateArray().First(x => x.GetProperty("ruleId").GetString() == "DB010");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("DB010", ruleIds[result.GetProperty("ruleIndex").GetInt32()]);
        Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("backwards.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(9, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.All(run.GetProperty("results").EnumerateArray(), x => Assert.Contains(x.GetProperty("level").GetString(), new[] { "error", "warning", "note" }));
    }

    [Fact]
    public void Github_format_writes_workflow_annotations()
    {
        // Paths are relative to the working directory (or $GITHUB_WORKSPACE), as GitHub attaches them to repository files.
        var r = CliProcess.Run(Dir, null, null, "lint", "--format", "github", "backwards.md");
        Assert.Contains("::error file=backwards.md,line=9,col=1,title=DB010 timeline-chronological::", r.Stdout);
    }

    [Fact]
    public void Directories_and_globs_expand_to_markdown_files()
    {
        var dir = CliHarness.Run("lint", "--format", "json", Dir);
        using var d = JsonDocument.Parse(dir.Stdout);
        Assert.Equal(3, d.RootElement.GetArrayLength());
        var glob = CliHarness.Run("lint", "--format", "json", Path.Combine(Dir, "b*.md"));
        using var g = JsonDocument.Parse(glob.Stdout);
        Assert.Equal(1, g.RootElement.GetArrayLength());
    }

    [Fact]
    public void Many_files_are_linted_in_parallel_but_reported_in_input_order_with_the_single_file_results()
    {
        // 40 copies of the fixtures (different sizes, different findings) in one folder, plus one unreadable file.
        var work = Directory.CreateTempSubdirectory("debrief-many-").FullName;
        try
        {
            var sources = Directory.GetFiles(Dir, "*.md").Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < 40; i++)
                File.Copy(sources[i % sources.Length], Path.Combine(work, $"{i:D2}-{Path.GetFileName(sources[i % sources.Length])}"));
            File.WriteAllBytes(Path.Combine(work, "20-binary.md"), [0, 1, 2, 0xFF]);
            var all = CliHarness.Run("lint", "--format", "json", work);
            Assert.Equal(2, all.ExitCode);
            Assert.Contains("20-binary.md", all.Stderr);
            using var d = JsonDocument.Parse(all.Stdout);
            var files = d.RootElement.EnumerateArray().ToList();
            Assert.Equal(40, files.Count);
            var paths = files.Select(f => Path.GetFileName(f.GetProperty("path").GetString()!)).ToList();
            Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
            foreach (var f in files)
            {
                var single = CliHarness.Run("lint", "--format", "json", f.GetProperty("path").GetString()!);
                using var s = JsonDocument.Parse(single.Stdout);
                Assert.Equal(s.RootElement[0].GetRawText(), f.GetRawText());
            }
            Assert.Equal(all.Stdout, CliHarness.Run("lint", "--format", "json", "--jobs", "1", work).Stdout);
            Assert.Equal(2, CliHarness.Run("lint", "--jobs", "0", work).ExitCode);
            var diff1 = CliHarness.Run("lint", "--fix", "--diff", work).Stdout;
            var diff2 = CliHarness.Run("lint", "--fix", "--diff", work).Stdout;
            Assert.Equal(diff1, diff2);
            Assert.Contains("--- a/", diff1);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void Missing_files_unknown_profiles_and_bad_flags_exit_2()
    {
        Assert.Equal(2, CliHarness.Run("lint", F("nope.md")).ExitCode);
        Assert.Equal(2, CliHarness.Run("lint", "--profile", "nasa", F("good.md")).ExitCode);
        Assert.Equal(2, CliHarness.Run("lint", "--format", "xml", F("good.md")).ExitCode);
        Assert.Equal(2, CliHarness.Run("lint", "--diff", F("good.md")).ExitCode);
        Assert.Equal(2, CliHarness.Run("lint", Path.Combine(Dir, "zz*.md")).ExitCode);
        var empty = Directory.CreateTempSubdirectory("debrief-empty-").FullName;
        try
        {
            var r = CliHarness.Run("lint", empty);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("no Markdown files", r.Stderr);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void Fix_diff_prints_a_unified_diff_and_writes_nothing()
    {
        var before = File.ReadAllText(F("synonym.md"));
        var r = CliHarness.Run("lint", "--fix", "--diff", F("synonym.md"));
        Assert.Contains("--- a/", r.Stdout);
        Assert.Contains("+## Corrective and Preventative Measures", r.Stdout);
        Assert.Contains("+## Timeline", r.Stdout);
        Assert.Equal(before, File.ReadAllText(F("synonym.md")));
    }

    [Fact]
    public void Fix_rewrites_the_file_atomically_with_skeletons_and_headings()
    {
        var dir = Directory.CreateTempSubdirectory("debrief-lint-fix-");
        try
        {
            var path = Path.Combine(dir.FullName, "pm.md");
            File.Copy(F("synonym.md"), path);
            CliHarness.Run("lint", "--fix", path);
            var text = File.ReadAllText(path);
            Assert.Contains("## Corrective and Preventative Measures", text);
            Assert.Contains("## Timeline\n\n- TODO", text);
            Assert.Contains("## Root Cause and Resolution", text);
            Assert.Contains("(1 hour)", text);
            Assert.Single(Directory.GetFiles(dir.FullName));
            // Idempotent: a second run changes nothing more.
            CliHarness.Run("lint", "--fix", path);
            Assert.Equal(text, File.ReadAllText(path));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Config_is_found_next_to_the_document()
    {
        var dir = Directory.CreateTempSubdirectory("debrief-lint-config-");
        try
        {
            var sub = Directory.CreateDirectory(Path.Combine(dir.FullName, "pm"));
            File.Copy(F("backwards.md"), Path.Combine(sub.FullName, "b.md"));
            File.WriteAllText(Path.Combine(dir.FullName, ".debrief.yml"), "rules:\n  DB010: off\n");
            var r = CliHarness.Run("lint", Path.Combine(sub.FullName, "b.md"));
            Assert.DoesNotContain("DB010", r.Stdout);
            File.WriteAllText(Path.Combine(dir.FullName, ".debrief.yml"), "rules: [oops\n");
            var bad = CliHarness.Run("lint", Path.Combine(sub.FullName, "b.md"));
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains(".debrief.yml:", bad.Stderr);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Rules_lists_every_rule_and_explain_prints_a_page()
    {
        var rules = CliHarness.Run("rules");
        Assert.Equal(0, rules.ExitCode);
        Assert.Contains("DB010  timeline-chronological", rules.Stdout);
        var page = CliHarness.Run("explain", "DB010");
        Assert.Equal(0, page.ExitCode);
        Assert.Contains("# DB010 timeline-chronological", page.Stdout);
        Assert.Contains("## Bad", page.Stdout);
        Assert.Equal(0, CliHarness.Run("explain", "dramatic-language").ExitCode);
        Assert.Equal(2, CliHarness.Run("explain", "DB999").ExitCode);
    }
}
