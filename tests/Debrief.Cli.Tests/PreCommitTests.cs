// The repository's .pre-commit-hooks.yaml, used by Debian's pre-commit in a throwaway git repository: a bad postmortem
// blocks the commit with its findings shown, a good one passes, Markdown outside the configured folder is left alone.
namespace Debrief.Cli.Tests;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class PreCommitTests : IDisposable
{
    private readonly TempDir _temp = ShellRun.Temp("pre-commit");
    private readonly Dictionary<string, string?> _env;
    private readonly string _project;

    public PreCommitTests()
    {
        ShellRun.Require("git", "git");
        ShellRun.Require("pre-commit", "pre-commit");
        var gitConfig = Path.Combine(_temp.Path, "gitconfig");
        File.WriteAllText(gitConfig, "[user]\n\tname = Test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n");
        _env = new Dictionary<string, string?>
        {
            ["PATH"] = ShellRun.PathWith(ShellRun.DebriefBin(_temp)),
            ["HOME"] = _temp.Path,
            ["GIT_CONFIG_GLOBAL"] = gitConfig,
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["PRE_COMMIT_HOME"] = Path.Combine(_temp.Path, "pre-commit-cache"),
            ["PRE_COMMIT_COLOR"] = "never",
        };

        // The hook repository: this repository's .pre-commit-hooks.yaml, committed (pre-commit clones a rev).
        var hooks = Directory.CreateDirectory(Path.Combine(_temp.Path, "hooks")).FullName;
        File.Copy(Path.Combine(ShellRun.RepoRoot(), ".pre-commit-hooks.yaml"), Path.Combine(hooks, ".pre-commit-hooks.yaml"));
        Git(hooks, "init", "-q");
        Git(hooks, "add", ".pre-commit-hooks.yaml");
        Git(hooks, "commit", "-q", "-m", "hooks");
        var rev = Git(hooks, "rev-parse", "HEAD").Stdout.Trim();

        // The team's repository: postmortems live in postmortems/, which the user's `files:` narrows the hook to.
        _project = Directory.CreateDirectory(Path.Combine(_temp.Path, "project")).FullName;
        Git(_project, "init", "-q");
        File.WriteAllText(Path.Combine(_project, ".pre-commit-config.yaml"), $"""
            repos:
              - repo: {hooks}
                rev: {rev}
                hooks:
                  - id: debrief-lint
                    files: ^postmortems/.*\.md$

            """);
        Git(_project, "add", ".pre-commit-config.yaml");
        Git(_project, "commit", "-q", "-m", "pre-commit config");
        var install = ShellRun.Run(_project, _env, "pre-commit", "install");
        Assert.True(install.ExitCode == 0, install.Stdout + install.Stderr);
    }

    public void Dispose() => _temp.Dispose();

    private CliResult Git(string dir, params string[] args)
    {
        var r = ShellRun.Run(dir, _env, "git", args);
        Assert.True(r.ExitCode == 0, $"git {string.Join(' ', args)}: {r.Stdout}{r.Stderr}");
        return r;
    }

    private void Add(string fixture, string pathInProject)
    {
        var target = Path.Combine(_project, pathInProject);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(fixture, target, overwrite: true);
        Git(_project, "add", pathInProject);
    }

    private CliResult Commit(string message) =>
        ShellRun.Run(_project, _env, TimeSpan.FromMinutes(3), "git", "commit", "-m", message);

    private int CommitCount() => int.Parse(Git(_project, "rev-list", "--count", "HEAD").Stdout.Trim());

    [Fact]
    public void A_bad_postmortem_blocks_the_commit_and_shows_the_findings()
    {
        Add(ShellRun.Fixture("lint", "backwards.md"), "postmortems/2024-10-08-cache.md");
        var r = Commit("add postmortem");
        var output = r.Stdout + r.Stderr;
        Assert.True(r.ExitCode != 0, "the commit went through:\n" + output);
        Assert.Contains("debrief lint", output);
        Assert.Contains("Failed", output);
        Assert.Contains("postmortems/2024-10-08-cache.md:9:1: error DB010 timeline-chronological", output);
        Assert.Contains("score ", output);
        Assert.Equal(1, CommitCount());
    }

    [Fact]
    public void A_good_postmortem_passes()
    {
        Add(ShellRun.Fixture("ci", "clean.md"), "postmortems/2024-10-08-cache.md");
        var r = Commit("add postmortem");
        var output = r.Stdout + r.Stderr;
        Assert.True(r.ExitCode == 0, "the commit was blocked:\n" + output);
        Assert.Matches(@"debrief lint\.+Passed", output);
        Assert.Equal(2, CommitCount());
    }

    [Fact]
    public void Markdown_outside_the_configured_folder_is_not_linted()
    {
        Add(ShellRun.Fixture("lint", "backwards.md"), "docs/notes.md");
        var r = Commit("add notes");
        var output = r.Stdout + r.Stderr;
        Assert.True(r.ExitCode == 0, "the commit was blocked:\n" + output);
        Assert.Matches(@"debrief lint\.+\(no files to check\)Skipped", output);
    }
}
