// install.sh end to end on a copy of the source tree without .git (as from a tarball): the Native AOT binary in
// PREFIX/bin lints a fixture, a second run changes nothing, and the dotnet tool packages install and run.
// Publishing with Native AOT takes minutes on a busy machine, so everything that needs the build is one test.
namespace Debrief.Cli.Tests;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class InstallTests : IDisposable
{
    private readonly TempDir _temp = ShellRun.Temp("install");

    public void Dispose() => _temp.Dispose();

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(30);

    private static CliResult Install(string workingDirectory, IReadOnlyDictionary<string, string?>? env, params string[] args) =>
        ShellRun.Run(workingDirectory, env, PublishTimeout, "bash", [Path.Combine(workingDirectory, "install.sh"), .. args]);

    // What a source release holds: install.sh, the build files and src/, no .git, no build output.
    private string CopySourceTree()
    {
        var root = ShellRun.RepoRoot();
        var copy = Directory.CreateDirectory(Path.Combine(_temp.Path, "source")).FullName;
        foreach (var file in new[] { "install.sh", "global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig" })
            File.Copy(Path.Combine(root, file), Path.Combine(copy, file));
        File.SetUnixFileMode(Path.Combine(copy, "install.sh"), File.GetUnixFileMode(Path.Combine(root, "install.sh")));
        CopyTree(Path.Combine(root, "src"), Path.Combine(copy, "src"));
        return copy;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
            CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
    }

    [Fact]
    public void Install_publishes_a_working_binary_into_the_prefix_idempotently_and_packs_the_dotnet_tool()
    {
        var source = CopySourceTree();
        var prefix = Path.Combine(_temp.Path, "prefix");
        var debrief = Path.Combine(prefix, "bin", "debrief");

        var first = Install(source, null, "--prefix", prefix);
        var log = first.Stdout + first.Stderr;
        Assert.True(first.ExitCode == 0, log);
        Assert.Contains($"installed {debrief}", log);
        Assert.Contains($"installed {prefix}/share/bash-completion/completions/debrief", log);
        Assert.Contains($"installed {prefix}/share/fish/vendor_completions.d/debrief.fish", log);
        Assert.Contains($"installed {prefix}/share/zsh/site-functions/_debrief", log);
        Assert.Contains($"{prefix}/bin is not on PATH", log);

        // A native binary (no dotnet host needed) that reports its version; the copy has no git: commit unknown.
        var magic = new byte[4];
        using (var binary = File.OpenRead(debrief))
            binary.ReadExactly(magic);
        Assert.Equal("\u007fELF"u8.ToArray(), magic);
        var version = ShellRun.Run(_temp.Path, null, debrief, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^debrief \d+\.\d+\.\d+ \(commit unknown\)$", version.Stdout.Trim());
        var bad = ShellRun.Run(_temp.Path, null, debrief, "lint", ShellRun.Fixture("lint", "backwards.md"));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("error DB010 timeline-chronological", bad.Stdout);
        Assert.Equal(0, ShellRun.Run(_temp.Path, null, debrief, "lint", ShellRun.Fixture("ci", "clean.md")).ExitCode);
        var completion = File.ReadAllText(Path.Combine(prefix, "share", "bash-completion", "completions", "debrief"));
        Assert.Contains("complete -o default -F _debrief debrief", completion);

        // Again: the same binary, nothing replaced.
        var second = Install(source, null, "--prefix", prefix);
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.Contains($"unchanged {debrief}", second.Stdout);
        Assert.DoesNotContain($"installed {prefix}", second.Stdout);
        Assert.DoesNotContain($"updated {prefix}", second.Stdout);

        // The dotnet tool: packages in a local folder, installed with --tool-path, run through its shim.
        var packages = Path.Combine(_temp.Path, "packages");
        var pack = Install(source, null, "--pack", packages);
        Assert.True(pack.ExitCode == 0, pack.Stdout + pack.Stderr);
        var names = Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).Order().ToList();
        Assert.Contains(names, n => n!.StartsWith("Debrief.Tool.linux-x64.", StringComparison.Ordinal));
        Assert.Contains(names, n => n!.StartsWith("Debrief.Tool.any.", StringComparison.Ordinal));
        Assert.Contains(names, n => System.Text.RegularExpressions.Regex.IsMatch(n!, @"^Debrief\.Tool\.\d"));
        // The native package carries the program only: no .dbg or .pdb files (tens of MB that nobody installing needs).
        using (var native = System.IO.Compression.ZipFile.OpenRead(Directory.GetFiles(packages, "Debrief.Tool.linux-x64.*.nupkg").Single()))
            Assert.DoesNotContain(native.Entries, e => e.Name.EndsWith(".dbg", StringComparison.Ordinal) || e.Name.EndsWith(".pdb", StringComparison.Ordinal));
        var tools = Path.Combine(_temp.Path, "tools");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var toolInstall = ShellRun.Run(_temp.Path, new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" }, PublishTimeout,
            dotnet, "tool", "install", "--tool-path", tools, "--add-source", packages, "Debrief.Tool");
        Assert.True(toolInstall.ExitCode == 0, toolInstall.Stdout + toolInstall.Stderr);
        var toolVersion = ShellRun.Run(_temp.Path, null, Path.Combine(tools, "debrief"), "--version");
        Assert.Equal(version.Stdout, toolVersion.Stdout);
        var toolLint = ShellRun.Run(_temp.Path, null, Path.Combine(tools, "debrief"), "lint", ShellRun.Fixture("lint", "backwards.md"));
        Assert.Equal(1, toolLint.ExitCode);
        Assert.Equal(bad.Stdout, toolLint.Stdout);
    }

    [Fact]
    public void Unknown_argument_is_a_usage_error_and_changes_nothing()
    {
        var r = Install(ShellRun.RepoRoot(), null, "--prefix", _temp.Path, "--frobnicate");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown argument '--frobnicate'", r.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void Prefix_without_a_directory_is_a_usage_error()
    {
        var r = Install(ShellRun.RepoRoot(), null, "--prefix");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--prefix needs a directory", r.Stderr);
    }

    [Fact]
    public void A_missing_sdk_is_named()
    {
        var r = Install(ShellRun.RepoRoot(), new Dictionary<string, string?> { ["DOTNET"] = Path.Combine(_temp.Path, "no-dotnet") }, "--prefix", _temp.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("the .NET 10 SDK is needed", r.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void Help_describes_the_options()
    {
        var r = Install(ShellRun.RepoRoot(), null, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--prefix DIR", r.Stdout);
        Assert.Contains("--pack DIR", r.Stdout);
        Assert.Contains("clang and zlib1g-dev", r.Stdout);
    }
}
