// `debrief lint --format sarif` validated against the vendored SARIF 2.1.0 schema, and what the schema cannot check: rules, URIs, positions.
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Debrief.Linting;
using Debrief.Linting.Output;

namespace Debrief.Cli.Tests;

/// <summary>
/// A work folder with several postmortems (errors, warnings and infos; a clean one; names with spaces, '#', ',', '%'
/// and non-ASCII letters), one file outside it, and one document on stdin, linted once as SARIF and once as JSON.
/// </summary>
public sealed class SarifWorkspace : IDisposable
{
    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public SarifWorkspace()
    {
        Root = Directory.CreateTempSubdirectory("debrief-sarif-").FullName;
        Work = Path.Combine(Root, "work dir");
        var notes = Path.Combine(Work, "notes é");
        Directory.CreateDirectory(notes);
        File.Copy(Fixture("lint", "backwards.md"), Path.Combine(notes, "backwards.md"));
        File.Copy(Fixture("lint", "synonym.md"), Path.Combine(notes, "pannë #1, 50%.md"));
        File.WriteAllText(Path.Combine(notes, "clean.md"), "<!-- debrief-disable DB020 -->\n" + File.ReadAllText(Fixture("brief.md")));
        File.WriteAllBytes(Path.Combine(notes, "error-rate.png"), [0x89, 0x50, 0x4E, 0x47]);
        var elsewhere = Path.Combine(Root, "elsewhere ü");
        Directory.CreateDirectory(elsewhere);
        Outside = Path.Combine(elsewhere, "good.md");
        File.Copy(Fixture("lint", "good.md"), Outside);
        Stdin = File.ReadAllText(Fixture("lint", "good.md"));
        Arguments = ["notes é/backwards.md", "notes é/pannë #1, 50%.md", "notes é/clean.md", "-", Outside];
        Sarif = CliProcess.Run(Work, Stdin, null, ["lint", "--format", "sarif", .. Arguments]);
        Json = CliProcess.Run(Work, Stdin, null, ["lint", "--format", "json", .. Arguments]);
    }

    public string Root { get; }
    public string Work { get; }
    public string Outside { get; }
    public string Stdin { get; }
    public string[] Arguments { get; }
    internal CliResult Sarif { get; }
    internal CliResult Json { get; }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

public sealed class SarifOutputTests(SarifWorkspace ws) : IClassFixture<SarifWorkspace>
{
    // RFC 3986 URI characters only: no space, no non-ASCII, '%' only as an escape.
    private static readonly Regex UriCharacters = new(@"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-F]{2})*$");

    private JsonElement Run => JsonDocument.Parse(ws.Sarif.Stdout).RootElement.GetProperty("runs")[0];

    [Fact]
    public void Lint_output_for_many_files_stdin_and_odd_names_is_valid_against_the_sarif_2_1_0_schema()
    {
        Assert.Equal(1, ws.Sarif.ExitCode);
        Assert.Equal("", ws.Sarif.Stderr);
        Assert.Empty(SarifSchema.Errors(ws.Sarif.Stdout));
        var levels = Run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()).ToHashSet();
        Assert.True(levels.SetEquals(["error", "warning", "note"]), string.Join(", ", levels));
    }

    [Fact]
    public void A_clean_run_is_valid_too_with_an_empty_results_array()
    {
        var clean = CliProcess.Run(ws.Work, null, null, "lint", "--format", "sarif", "notes é/clean.md");
        Assert.Equal(0, clean.ExitCode);
        Assert.Empty(SarifSchema.Errors(clean.Stdout));
        var run = JsonDocument.Parse(clean.Stdout).RootElement.GetProperty("runs")[0];
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.Equal(1, run.GetProperty("artifacts").GetArrayLength());
    }

    [Fact]
    public void The_validator_rejects_broken_logs_so_the_schema_test_cannot_pass_vacuously()
    {
        Assert.Empty(SarifSchema.Errors(ws.Sarif.Stdout));
        (string Change, string Location, Action<JsonObject> Break)[] mutations =
        [
            ("startLine as a string", "/runs/0/results/0/locations/0/physicalLocation/region/startLine",
                log => Region(log)["startLine"] = "9"),
            ("column 0 (SARIF is 1-based)", "/runs/0/results/0/locations/0/physicalLocation/region/startColumn",
                log => Region(log)["startColumn"] = 0),
            ("unknown level", "/runs/0/results/0/level", log => Result(log)["level"] = "fatal"),
            ("wrong version", "/version", log => log["version"] = "2.2.0"),
            ("rule without id", "/runs/0/tool/driver/rules/0", log => ((JsonObject)Driver(log)["rules"]![0]!).Remove("id")),
            ("message without text", "/runs/0/results/0/message", log => ((JsonObject)Result(log)["message"]!).Remove("text")),
            ("unknown property on a result", "/runs/0/results/0/lineNumber", log => Result(log)["lineNumber"] = 9),
            ("uri that is not a URI reference", "/runs/0/artifacts/0/location/uri",
                log => ((JsonObject)log["runs"]![0]!["artifacts"]![0]!["location"]!)["uri"] = "notes é/a b.md"),
        ];
        foreach (var (change, location, breakIt) in mutations)
        {
            var log = JsonNode.Parse(ws.Sarif.Stdout)!.AsObject();
            breakIt(log);
            var errors = SarifSchema.Errors(log.ToJsonString());
            Assert.True(errors.Count > 0, $"the schema accepted a log with {change}");
            Assert.True(errors.Any(e => e.StartsWith(location + ":", StringComparison.Ordinal)), $"{change}: {string.Join("; ", errors)}");
        }

        static JsonObject Result(JsonObject log) => (JsonObject)log["runs"]![0]!["results"]![0]!;
        static JsonObject Region(JsonObject log) => (JsonObject)Result(log)["locations"]![0]!["physicalLocation"]!["region"]!;
        static JsonObject Driver(JsonObject log) => (JsonObject)log["runs"]![0]!["tool"]!["driver"]!;
    }

    [Fact]
    public void Every_rule_is_described_once_in_catalog_order_and_results_point_at_their_rule()
    {
        var rules = Run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Select(r => r.Info.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (rule, info) in rules.Zip(RuleCatalog.All.Select(r => r.Info)))
        {
            Assert.Equal(info.Name, rule.GetProperty("name").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.StartsWith(info.Why.TrimEnd('.'), rule.GetProperty("fullDescription").GetProperty("text").GetString());
            var help = new Uri(rule.GetProperty("helpUri").GetString()!);
            Assert.True(help.IsAbsoluteUri);
            Assert.EndsWith($"/docs/rules/{info.Id}.md", help.AbsolutePath);
            Assert.Equal(RuleDocs.Page(info), rule.GetProperty("help").GetProperty("markdown").GetString());
            Assert.Equal(SarifFormatter.Level(info.Severity), rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
            Assert.Equal(info.Family, rule.GetProperty("properties").GetProperty("family").GetString());
        }
        foreach (var result in Run.GetProperty("results").EnumerateArray())
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
    }

    [Fact]
    public void Results_are_the_json_findings_with_the_same_1_based_lines_and_columns()
    {
        using var json = JsonDocument.Parse(ws.Json.Stdout);
        var expected = json.RootElement.EnumerateArray()
            .SelectMany((file, i) => file.GetProperty("findings").EnumerateArray().Select(f =>
                (i, f.GetProperty("rule").GetString(), Level(f.GetProperty("severity").GetString()), f.GetProperty("line").GetInt32(),
                    f.GetProperty("column").GetInt32(), f.GetProperty("message").GetString())))
            .ToList();
        // Artifact index i is file i here: the five inputs are five different documents.
        var actual = Run.GetProperty("results").EnumerateArray().Select(r =>
        {
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            return (location.GetProperty("artifactLocation").GetProperty("index").GetInt32(), r.GetProperty("ruleId").GetString(),
                r.GetProperty("level").GetString(), region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
                r.GetProperty("message").GetProperty("text").GetString());
        }).ToList();
        Assert.NotEmpty(actual);
        Assert.Equal(expected, actual);
        Assert.All(actual, a => Assert.True(a.Item4 >= 1 && a.Item5 >= 1));
        Assert.Contains(actual, a => a.Item2 == "DB010" && a.Item4 == 9 && a.Item5 == 1);
        Assert.Equal("utf16CodeUnits", Run.GetProperty("columnKind").GetString());

        static string? Level(string? severity) => severity == "info" ? "note" : severity;
    }

    [Fact]
    public void Artifact_uris_are_escaped_relative_references_under_srcroot_or_absolute_file_uris_that_resolve_to_the_files()
    {
        var artifacts = Run.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("location")).ToList();
        Assert.Equal(5, artifacts.Count);
        var root = Run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.Matches(UriCharacters, root);
        var rootUri = new Uri(root);
        Assert.True(rootUri.IsFile);
        Assert.EndsWith("/", root);
        Assert.Equal(Path.TrimEndingDirectorySeparator(ws.Work), Path.TrimEndingDirectorySeparator(rootUri.LocalPath));

        string[] relative = ["notes%20%C3%A9/backwards.md", "notes%20%C3%A9/pann%C3%AB%20%231%2C%2050%25.md", "notes%20%C3%A9/clean.md"];
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(relative[i], artifacts[i].GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", artifacts[i].GetProperty("uriBaseId").GetString());
            var resolved = new Uri(rootUri, relative[i]);
            Assert.Equal(Path.GetFullPath(ws.Arguments[i], ws.Work), resolved.LocalPath);
            Assert.True(File.Exists(resolved.LocalPath));
        }

        // stdin has no URI, only a description.
        Assert.False(artifacts[3].TryGetProperty("uri", out _));
        Assert.Equal("standard input", artifacts[3].GetProperty("description").GetProperty("text").GetString());

        // A file outside the working directory: an absolute file URI.
        var outside = artifacts[4].GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", outside);
        Assert.Contains("elsewhere%20%C3%BC/good.md", outside);
        Assert.False(artifacts[4].TryGetProperty("uriBaseId", out _));
        Assert.Equal(ws.Outside, new Uri(outside).LocalPath);

        foreach (var uri in artifacts.Where(a => a.TryGetProperty("uri", out _)).Select(a => a.GetProperty("uri").GetString()!))
            Assert.Matches(UriCharacters, uri);

        // Results repeat their artifact's location and point at it by index.
        foreach (var result in Run.GetProperty("results").EnumerateArray())
        {
            var at = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            var artifact = artifacts[at.GetProperty("index").GetInt32()];
            Assert.Equal(artifact.TryGetProperty("uri", out var u) ? u.GetString() : null, at.TryGetProperty("uri", out var v) ? v.GetString() : null);
        }

        // The clean file is an analysis target with no result.
        Assert.DoesNotContain(Run.GetProperty("results").EnumerateArray(),
            r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32() == 2);
    }

    [Fact]
    public void An_unreadable_document_is_a_failed_invocation_with_an_error_notification_in_a_valid_log()
    {
        var bad = Path.Combine(ws.Root, "binary.md");
        File.WriteAllBytes(bad, [0x23, 0x20, 0x00, 0x01, 0x02, 0x00]);
        var r = CliProcess.Run(ws.Work, null, null, "lint", "--format", "sarif", "notes é/clean.md", bad);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(bad, r.Stderr);
        Assert.Empty(SarifSchema.Errors(r.Stdout));
        var run = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("runs")[0];
        var invocation = run.GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.StartsWith(bad + ":", notification.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(1, run.GetProperty("artifacts").GetArrayLength());

        Assert.True(Run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        Assert.False(Run.GetProperty("invocations")[0].TryGetProperty("toolExecutionNotifications", out _));
    }

    [Fact]
    public void A_file_given_twice_is_one_artifact()
    {
        var twice = CliProcess.Run(ws.Work, null, null, "lint", "--format", "sarif", "notes é/backwards.md", "./notes é/backwards.md");
        Assert.Empty(SarifSchema.Errors(twice.Stdout));
        var run = JsonDocument.Parse(twice.Stdout).RootElement.GetProperty("runs")[0];
        Assert.Equal(1, run.GetProperty("artifacts").GetArrayLength());
        Assert.All(run.GetProperty("results").EnumerateArray(), r =>
            Assert.Equal(0, r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("index").GetInt32()));
    }

    [Fact]
    public void Github_annotations_use_workspace_relative_paths_and_escape_properties_and_data()
    {
        var env = new Dictionary<string, string?> { ["GITHUB_WORKSPACE"] = ws.Root };
        var r = CliProcess.Run(Path.Combine(ws.Work, "notes é"), ws.Stdin, env, "lint", "--format", "github", "pannë #1, 50%.md", "backwards.md", "-");
        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("::error file=work dir/notes é/backwards.md,line=9,col=1,title=DB010 timeline-chronological::", r.Stdout);
        // ',' and '%' in a property are escaped (':' too: see the title), so the runner does not split the file name.
        Assert.Contains(lines, l => l.StartsWith("::warning file=work dir/notes é/pannë #1%2C 50%25.md,line=", StringComparison.Ordinal));
        // stdin has no file to attach to.
        Assert.Contains(lines, l => l.StartsWith("::warning line=1,col=1,title=DB020 word-budget::", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning|notice) (file=[^,:]+,)?line=[1-9]\d*,col=[1-9]\d*,title=DB\d{3} [a-z-]+::[^\r\n]+$", l.TrimEnd('\r')));
    }

    [Theory]
    [InlineData("plain", "plain", "plain")]
    [InlineData("50% done", "50%25 done", "50%25 done")]
    [InlineData("a\r\nb", "a%0D%0Ab", "a%0D%0Ab")]
    [InlineData("x: y, z", "x: y, z", "x%3A y%2C z")]
    [InlineData("%0A", "%250A", "%250A")]
    public void Github_escaping_is_the_runners(string raw, string data, string property)
    {
        Assert.Equal(data, GithubFormatter.Data(raw));
        Assert.Equal(property, GithubFormatter.Property(raw));
    }
}
