// Runs shell tools (bash, git, pre-commit, zsh, fish, jq) for the install, completion and CI tests, with the built
// debrief on PATH as a `debrief` command; finds the repository root and makes throwaway folders.
using System.Diagnostics;
using System.Text;

namespace Debrief.Cli.Tests;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
internal static class ShellRun
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Debrief.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("repository root (Debrief.slnx) not found above " + AppContext.BaseDirectory);
    }

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    /// <summary>A new empty folder under the system temp folder; deleted by <see cref="TempDir.Dispose"/>.</summary>
    public static TempDir Temp(string name) => new(Directory.CreateTempSubdirectory($"debrief-{name}-").FullName);

    /// <summary>A folder holding a `debrief` script that runs the debrief.dll built beside the tests.</summary>
    public static string DebriefBin(TempDir temp)
    {
        var bin = Directory.CreateDirectory(Path.Combine(temp.Path, "bin")).FullName;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var script = Path.Combine(bin, "debrief");
        File.WriteAllText(script, $"#!/bin/sh\nexec '{dotnet}' '{Path.Combine(AppContext.BaseDirectory, "debrief.dll")}' \"$@\"\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin;
    }

    /// <summary>PATH with <paramref name="first"/> in front.</summary>
    public static string PathWith(string first) => first + ":" + Environment.GetEnvironmentVariable("PATH");

    /// <summary>Fails (never skips) when a tool the test needs is missing, naming the package that brings it.</summary>
    public static void Require(string tool, string debianPackage)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, tool)));
        Assert.True(found, $"'{tool}' is not on PATH: install Debian's {debianPackage} (bash .ci/run installs .ci/apt-packages)");
    }

    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, string program, params string[] args)
        => Run(workingDirectory, environment, TimeSpan.FromMinutes(2), program, args);

    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        // The runner's GitHub variables (when the tests themselves run in GitHub Actions) must not leak into the fakes.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal) || k.StartsWith("GIT_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within {timeout}; output so far:\n{stdout.Result}\n{stderr.Result}");
        }
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

internal sealed class TempDir(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process the test started may still hold a file; the system temp folder is cleaned eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // git makes its object files read-only; cleaning them up is best effort.
        }
    }
}
