// `debrief completion bash|zsh|fish`: the scripts are loaded into the real shells and asked for completions.
using Debrief.Linting.Output;

namespace Debrief.Cli.Tests;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class CompletionTests : IDisposable
{
    private readonly TempDir _temp = ShellRun.Temp("completion");

    public void Dispose() => _temp.Dispose();

    private string Script(string shell)
    {
        var r = CliHarness.Run("completion", shell);
        Assert.Equal(0, r.ExitCode);
        var path = Path.Combine(_temp.Path, "debrief." + shell);
        File.WriteAllText(path, r.Stdout);
        return path;
    }

    // COMP_WORDS are the words typed so far, the last one being the word under the cursor.
    private string[] Bash(params string[] words)
    {
        ShellRun.Require("bash", "bash");
        var r = ShellRun.Run(_temp.Path, null, "bash", ["-c",
            "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); _debrief; printf '%s\\n' \"${COMPREPLY[@]}\"",
            "bash", Script("bash"), .. words]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Bash_registers_the_function_for_debrief()
    {
        var r = ShellRun.Run(_temp.Path, null, "bash", "-c", "source \"$1\" && complete -p debrief", "bash", Script("bash"));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("complete -o default -F _debrief debrief", r.Stdout.Trim());
    }

    [Fact]
    public void Bash_completes_every_subcommand_of_the_tree()
    {
        var offered = Bash("debrief", "");
        foreach (var command in CliApp.BuildRoot().Subcommands)
            Assert.Contains(command.Name, offered);
        Assert.Contains("lint", offered);
        Assert.Contains("completion", offered);
        Assert.Equal(["lint"], Bash("debrief", "li"));
    }

    [Fact]
    public void Bash_completes_the_options_of_lint()
    {
        var offered = Bash("debrief", "lint", "--");
        Assert.Superset(new HashSet<string> { "--format", "--fail-level", "--fix", "--diff", "--profile", "--config", "--jobs", "--help" }, offered.ToHashSet());
        Assert.DoesNotContain("--version", offered); // a root-only option
        Assert.DoesNotContain("--diagram-only", offered); // render's
        Assert.Equal(["--fail-level", "--fix", "--format"], Bash("debrief", "lint", "--f").Order().ToArray());
    }

    [Fact]
    public void Bash_completes_the_values_of_format()
    {
        Assert.Equal(LintFormatters.Names.Order(), Bash("debrief", "lint", "--format", "").Order());
        Assert.Equal(["sarif"], Bash("debrief", "lint", "--format", "s"));
        Assert.Equal(["error", "info", "warning"], Bash("debrief", "lint", "--fail-level", "").Order().ToArray());
        Assert.Equal(["json", "text"], Bash("debrief", "show", "--format", "").Order().ToArray());
        Assert.Equal(["bash", "fish", "zsh"], Bash("debrief", "completion", "").Order().ToArray());
    }

    [Fact]
    public void Bash_steps_over_option_values_and_leaves_paths_to_file_completion()
    {
        // After "--format json" the walk is still in lint: '-' offers lint's options again.
        Assert.Contains("--fail-level", Bash("debrief", "lint", "--format", "json", "--"));
        // "--profile X" takes a free value and a path is a file name: nothing from us, so bash's default (files) applies.
        Assert.Empty(Bash("debrief", "lint", "--profile", ""));
        Assert.Empty(Bash("debrief", "lint", "--format", "json", "pm"));
        // A word that only looks like a command, as a value, does not switch commands.
        Assert.Contains("--fix", Bash("debrief", "lint", "--profile", "show", "--f"));
    }

    [Fact]
    public void Zsh_script_parses_and_completes_with_the_completion_functions_stubbed()
    {
        ShellRun.Require("zsh", "zsh");
        var script = Script("zsh");
        var syntax = ShellRun.Run(_temp.Path, null, "zsh", "-n", script);
        Assert.True(syntax.ExitCode == 0, syntax.Stderr);
        // zsh's completion system calls _describe/compadd/_files; stubs print what they were given.
        const string Stubs = "_describe() { print -l -- \"${(@P)${@[-1]}}\"; }; compadd() { shift; print -l -- \"$@\"; }; _files() { print FILES; }; compdef() { }";
        string[] Complete(params string[] words)
        {
            var r = ShellRun.Run(_temp.Path, null, "zsh", ["-f", "-c",
                Stubs + "; source \"$1\"; shift; words=(\"$@\"); CURRENT=$#; _debrief", "zsh", script, .. words]);
            Assert.True(r.ExitCode == 0, r.Stderr);
            return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        Assert.Contains(Complete("debrief", ""), i => i.StartsWith("lint:Check postmortems", StringComparison.Ordinal));
        Assert.Contains(Complete("debrief", "lint", "--"), i => i.StartsWith("--format:", StringComparison.Ordinal));
        Assert.Equal(LintFormatters.Names.Order(), Complete("debrief", "lint", "--format", "").Order());
        Assert.Equal(["FILES"], Complete("debrief", "lint", "--format", "json", ""));
    }

    [Fact]
    public void Fish_script_parses_and_completes()
    {
        ShellRun.Require("fish", "fish");
        var script = Script("fish");
        var syntax = ShellRun.Run(_temp.Path, null, "fish", "--no-execute", script);
        Assert.True(syntax.ExitCode == 0, syntax.Stderr);
        string[] Complete(string line)
        {
            // `complete -C LINE` prints what fish would offer for LINE, one "value<TAB>description" per line.
            var r = ShellRun.Run(_temp.Path, new Dictionary<string, string?> { ["HOME"] = _temp.Path, ["XDG_CONFIG_HOME"] = _temp.Path },
                "fish", "--no-config", "-c", "source $argv[1]; complete -C $argv[2]", script, line);
            Assert.True(r.ExitCode == 0, r.Stderr);
            return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]).ToArray();
        }
        Assert.Contains("lint", Complete("debrief "));
        Assert.Contains("--format", Complete("debrief lint --"));
        Assert.DoesNotContain("--diagram-only", Complete("debrief lint --"));
        Assert.Equal(LintFormatters.Names.Order(), Complete("debrief lint --format ").Order());
        Assert.Contains("--fail-level", Complete("debrief lint --format json --"));
    }

    [Fact]
    public void Unknown_shell_is_a_usage_error()
    {
        var r = CliHarness.Run("completion", "powershell");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("powershell", r.Stderr);
    }
}
