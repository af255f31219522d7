// Prints the HTML page to PDF with headless Chromium (found on PATH or given), with a clear error when it is missing.
using System.Diagnostics;

namespace Debrief.Io;

/// <summary>HTML to PDF through a headless Chromium process.</summary>
public static class PdfPrinter
{
    /// <summary>Executable names tried on PATH, in order.</summary>
    public static readonly string[] ChromiumNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    /// <summary>How long Chromium may take before it is stopped.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>
    /// The Chromium to use: <paramref name="explicitPath"/> when given (it must exist), otherwise the first of
    /// <see cref="ChromiumNames"/> on PATH. Throws <see cref="InputException"/> when there is none.
    /// </summary>
    public static string FindChromium(string? explicitPath, string? pathVariable = null)
    {
        if (explicitPath is not null)
        {
            if (File.Exists(explicitPath)) return Path.GetFullPath(explicitPath);
            throw InputException.ForOption("chromium", $"no Chromium at {explicitPath}");
        }
        var path = pathVariable ?? Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in ChromiumNames)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        throw InputException.ForOption("chromium",
            $"no Chromium found on PATH (looked for {string.Join(", ", ChromiumNames)}); install it (Debian: apt-get install chromium) or name it with {{option:chromium}} PATH",
            ErrorCodes.External);
    }

    /// <summary>Writes <paramref name="html"/> as a PDF to <paramref name="pdfPath"/> using the Chromium at <paramref name="chromium"/>.</summary>
    public static void Print(string html, string pdfPath, string chromium)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(pdfPath);
        ArgumentNullException.ThrowIfNull(chromium);
        var work = Directory.CreateTempSubdirectory("debrief-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "page.html");
            File.WriteAllText(page, html);
            var output = Path.GetFullPath(pdfPath);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-extensions",
                         "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(work.FullName, "profile")}",
                         $"--print-to-pdf={output}", new Uri(page).AbsoluteUri,
                     })
                start.ArgumentList.Add(arg);
            Process? started;
            try
            {
                started = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw InputException.ForOption("chromium", $"cannot run {chromium}: {e.Message}", ErrorCodes.External, e);
            }
            using var process = started ?? throw InputException.ForOption("chromium", $"could not start {chromium}", ErrorCodes.External);
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw InputException.ForOption("chromium", $"Chromium did not finish printing within {Timeout.TotalSeconds:0} s", ErrorCodes.External);
            }
            if (process.ExitCode != 0 || !File.Exists(output) || new FileInfo(output).Length == 0)
            {
                var detail = stderr.Wait(TimeSpan.FromSeconds(2)) ? LastLine(stderr.Result) : "";
                throw InputException.ForOption("chromium", $"Chromium failed to print the PDF (exit {process.ExitCode}){(detail.Length > 0 ? ": " + detail : "")}", ErrorCodes.External);
            }
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
