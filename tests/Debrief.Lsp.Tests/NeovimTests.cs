// A real editor: Debian's neovim, headless, with its built-in LSP client, opens a postmortem, gets the diagnostics, applies a quick fix and saves.
using System.Diagnostics;
using System.Text.Json;

namespace Debrief.Lsp.Tests;

public sealed class NeovimTests
{
    [Fact]
    public async Task Neovim_receives_diagnostics_applies_a_quick_fix_and_saves_the_file()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "outage.md");
        var original = Documents.Fixture("emoji-heading.md");
        File.WriteAllText(file, original);
        var report = Path.Combine(dir.Path, "report.txt");

        var start = new ProcessStartInfo(FindNeovim())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dir.Path,
        };
        foreach (var a in (string[])["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "Neovim", "apply-fix.lua")])
            start.ArgumentList.Add(a);
        start.Environment["DEBRIEF_LSP_CMD"] = JsonSerializer.Serialize(ServerCommand());
        start.Environment["DEBRIEF_LSP_FILE"] = file;
        start.Environment["DEBRIEF_LSP_REPORT"] = report;
        start.Environment["XDG_STATE_HOME"] = Path.Combine(dir.Path, "state"); // neovim's LSP log stays in the temp dir
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(dir.Path, "cache");

        using var nvim = Process.Start(start)!;
        nvim.StandardInput.Close();
        var stdout = nvim.StandardOutput.ReadToEndAsync();
        var stderr = nvim.StandardError.ReadToEndAsync();
        try
        {
            await nvim.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (TimeoutException)
        {
            nvim.Kill(entireProcessTree: true);
            Assert.Fail($"neovim did not finish within 3 minutes; checks so far:\n{(File.Exists(report) ? File.ReadAllText(report) : "(none)")}");
        }
        var checks = File.Exists(report) ? File.ReadAllText(report) : "(no report)";
        var output = $"checks:\n{checks}\nstdout:\n{await stdout}\nstderr:\n{await stderr}";
        Assert.True(nvim.ExitCode == 0, $"neovim exited {nvim.ExitCode}\n{output}");
        Assert.DoesNotContain("FAIL", checks, StringComparison.Ordinal);
        Assert.Contains("ok a quick fix renames the heading", checks, StringComparison.Ordinal);
        // The file on disk changed exactly as the fix says: the heading's words replaced, the emoji and the rest kept.
        Assert.Equal(original.Replace("## 🔥 Summary\n", "## 🔥 Issue Summary\n", StringComparison.Ordinal), File.ReadAllText(file));
    }

    /// <summary>`debrief lsp` as built beside the tests, or the binary in DEBRIEF_LSP_BINARY (the Native AOT one, from bench/lsp.sh).</summary>
    private static string[] ServerCommand()
    {
        if (Environment.GetEnvironmentVariable("DEBRIEF_LSP_BINARY") is { Length: > 0 } binary)
            return [binary, "lsp"];
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        return [dotnet, Path.Combine(AppContext.BaseDirectory, "debrief.dll"), "lsp"];
    }

    private static string FindNeovim()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "nvim");
            if (File.Exists(candidate))
                return candidate;
        }
        Assert.Fail("neovim (nvim) is not installed: it is in .ci/apt-packages, which .ci/run installs (apt-get install neovim)");
        return "";
    }
}
