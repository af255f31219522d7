// action.yml and its script ci/github/lint-changed.sh, run locally on a throwaway git repository with a fake GitHub
// Actions environment (GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP).
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace Debrief.Cli.Tests;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class GithubActionTests : IDisposable
{
    private readonly TempDir _temp = ShellRun.Temp("gh-action");
    private readonly string _repo;
    private readonly string _bin;
    private readonly string _base;
    private readonly string _script = Path.Combine(ShellRun.RepoRoot(), "ci", "github", "lint-changed.sh");

    public GithubActionTests()
    {
        ShellRun.Require("git", "git");
        _bin = ShellRun.DebriefBin(_temp);
        _repo = Directory.CreateDirectory(Path.Combine(_temp.Path, "repo")).FullName;
        Git("init", "-q");
        // The base commit: a bad postmortem nobody touches in the change, and other files.
        Put(ShellRun.Fixture("lint", "backwards.md"), "postmortems/old.md");
        Put(ShellRun.Fixture("ci", "clean.md"), "README.md");
        Git("add", ".");
        Git("commit", "-q", "-m", "base");
        _base = Git("rev-parse", "HEAD").Stdout.Trim();
        // The change: one bad and one good postmortem added, Markdown outside postmortems/, a non-Markdown file.
        Put(ShellRun.Fixture("lint", "backwards.md"), "postmortems/new bad.md");
        Put(ShellRun.Fixture("ci", "clean.md"), "postmortems/new-good.md");
        Put(ShellRun.Fixture("lint", "backwards.md"), "docs/guide.md");
        File.WriteAllText(Path.Combine(_repo, "postmortems", "notes.txt"), "not a postmortem\n");
        Git("add", ".");
        Git("commit", "-q", "-m", "change");
    }

    public void Dispose() => _temp.Dispose();

    private Dictionary<string, string?> GitEnv() => new()
    {
        ["GIT_AUTHOR_NAME"] = "Test", ["GIT_AUTHOR_EMAIL"] = "test@example.com",
        ["GIT_COMMITTER_NAME"] = "Test", ["GIT_COMMITTER_EMAIL"] = "test@example.com",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_CONFIG_NOSYSTEM"] = "1",
    };

    private CliResult Git(params string[] args)
    {
        var r = ShellRun.Run(_repo, GitEnv(), "git", args);
        Assert.True(r.ExitCode == 0, $"git {string.Join(' ', args)}: {r.Stdout}{r.Stderr}");
        return r;
    }

    private void Put(string fixture, string path)
    {
        var target = Path.Combine(_repo, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(fixture, target, overwrite: true);
    }

    private sealed record Run(CliResult Result, Dictionary<string, string> Outputs, string Summary, string Runner);

    private Run Action(string? baseSha, params string[] args)
    {
        var runner = Directory.CreateDirectory(Path.Combine(_temp.Path, "runner-" + Guid.NewGuid().ToString("N"))).FullName;
        var outputFile = Path.Combine(runner, "output");
        var summaryFile = Path.Combine(runner, "summary");
        var env = GitEnv();
        env["PATH"] = ShellRun.PathWith(_bin);
        env["GITHUB_ACTIONS"] = "true";
        env["GITHUB_WORKSPACE"] = _repo;
        env["GITHUB_OUTPUT"] = outputFile;
        env["GITHUB_STEP_SUMMARY"] = summaryFile;
        env["RUNNER_TEMP"] = runner;
        env["DEBRIEF_BASE"] = baseSha;
        env["DEBRIEF_PATHS"] = "postmortems/";
        var result = ShellRun.Run(_temp.Path, env, "bash", [_script, .. args]);
        var outputs = File.Exists(outputFile)
            ? File.ReadAllLines(outputFile).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1])
            : [];
        return new Run(result, outputs, File.Exists(summaryFile) ? File.ReadAllText(summaryFile) : "", runner);
    }

    private static List<string> SarifUris(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var run = doc.RootElement.GetProperty("runs")[0];
        return run.GetProperty("artifacts").EnumerateArray()
            .Select(a => a.GetProperty("location").GetProperty("uri").GetString()!).ToList();
    }

    [Fact]
    public void Lints_only_the_changed_postmortems_and_writes_sarif_outputs_summary_and_annotations()
    {
        var run = Action(_base, "--defer-exit");
        var log = run.Result.Stdout + run.Result.Stderr;
        Assert.True(run.Result.ExitCode == 0, log); // deferred: the action uploads the SARIF, then fails on exit-code
        Assert.Equal("2", run.Outputs["files"]);
        Assert.Equal("1", run.Outputs["exit-code"]);
        Assert.Equal(Path.Combine(run.Runner, "debrief.sarif"), run.Outputs["sarif"]);
        // Relative to GITHUB_WORKSPACE, so that code scanning attaches the results to repository files.
        Assert.Equal(["postmortems/new%20bad.md", "postmortems/new-good.md"], SarifUris(run.Outputs["sarif"]));
        Assert.Contains("::error file=postmortems/new bad.md,line=9,col=1,title=DB010 timeline-chronological::", run.Result.Stdout);
        Assert.DoesNotContain("old.md", log);
        Assert.DoesNotContain("guide.md", log);
        Assert.Matches(@"\| `postmortems/new bad\.md` \| \d+ \|", run.Summary); // the score column
        Assert.Matches(@"\| `postmortems/new-good\.md` \| \d+ \|", run.Summary);
    }

    [Fact]
    public void Without_defer_exit_the_exit_code_is_lints()
    {
        Assert.Equal(1, Action(_base).Result.ExitCode);
    }

    [Fact]
    public void A_new_branch_push_lints_every_matching_file()
    {
        // GitHub sends "before" = 40 zeros for the first push of a branch.
        var run = Action(new string('0', 40), "--defer-exit");
        Assert.True(run.Result.ExitCode == 0, run.Result.Stderr);
        Assert.Equal("3", run.Outputs["files"]);
        Assert.Equal(["postmortems/new%20bad.md", "postmortems/new-good.md", "postmortems/old.md"], SarifUris(run.Outputs["sarif"]).Order());
    }

    [Fact]
    public void No_changed_postmortem_is_success_with_no_sarif()
    {
        var head = Git("rev-parse", "HEAD").Stdout.Trim();
        var run = Action(head);
        Assert.Equal(0, run.Result.ExitCode);
        Assert.Equal("0", run.Outputs["files"]);
        Assert.Equal("", run.Outputs["sarif"]);
        Assert.Contains("no changed postmortems", run.Summary);
    }

    [Fact]
    public void A_base_missing_from_the_checkout_is_a_clear_error()
    {
        var run = Action("0123456789abcdef0123456789abcdef01234567");
        Assert.Equal(2, run.Result.ExitCode);
        Assert.Contains("the base commit 0123456789abcdef0123456789abcdef01234567 is not in the checkout", run.Result.Stderr);
        Assert.Contains("fetch-depth: 0", run.Result.Stderr);
    }

    [Fact]
    public void Action_yml_is_a_composite_action_that_runs_the_tested_script_and_uploads_sarif()
    {
        var root = ShellRun.RepoRoot();
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(root, "action.yml")))
            yaml.Load(reader);
        var action = (YamlMappingNode)yaml.Documents[0].RootNode;
        var runs = (YamlMappingNode)action["runs"];
        Assert.Equal("composite", ((YamlScalarNode)runs["using"]).Value);
        var steps = ((YamlSequenceNode)runs["steps"]).Cast<YamlMappingNode>().ToList();
        string? Get(YamlMappingNode step, string key) =>
            step.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;

        // Every script a step runs exists in the repository and is executable.
        foreach (var run in steps.Select(s => Get(s, "run")).OfType<string>())
        {
            foreach (var script in new[] { "install.sh", "ci/github/lint-changed.sh" }.Where(s => run.Contains("$GITHUB_ACTION_PATH/" + s)))
                Assert.True((File.GetUnixFileMode(Path.Combine(root, script)) & UnixFileMode.UserExecute) != 0, script + " is not executable");
        }
        Assert.Contains(steps, s => Get(s, "run")?.Contains("$GITHUB_ACTION_PATH/install.sh") == true);
        var lint = steps.Single(s => Get(s, "id") == "lint");
        Assert.Contains("$GITHUB_ACTION_PATH/ci/github/lint-changed.sh\" --defer-exit", Get(lint, "run"));
        // Each variable the step sets is one the script documents (and so reads).
        var scriptText = File.ReadAllText(_script);
        foreach (var name in ((YamlMappingNode)lint["env"]).Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!))
            Assert.Contains("#   " + name + " ", scriptText);
        var upload = steps.Single(s => Get(s, "uses")?.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal) == true);
        Assert.StartsWith("always()", Get(upload, "if"));
        Assert.Contains("steps.lint.outputs.sarif", ((YamlScalarNode)((YamlMappingNode)upload["with"])["sarif_file"]).Value);
    }
}
