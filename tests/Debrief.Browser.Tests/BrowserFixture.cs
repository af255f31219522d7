// Starts Debian Chromium once for all browser tests (never a downloaded browser) and renders the fixture documents to HTML files.
using Debrief.Parsing;
using Debrief.Io;
using Debrief.Pipeline;
using Debrief.Rendering;
using Microsoft.Playwright;

namespace Debrief.Browser.Tests;

/// <summary>One Playwright + Chromium for the whole test run. A missing Chromium fails every test with a clear message.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Rendered pages, one HTML file per fixture document.</summary>
    public string OutputFolder { get; } = Directory.CreateTempSubdirectory("debrief-browser-").FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is required for the browser tests but {ChromiumPath} does not exist (Debian: apt-get install chromium; it is listed in .ci/apt-packages).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Args = ChromiumArgs, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        try { Directory.Delete(OutputFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>Parses and renders Fixtures/<paramref name="name"/> and returns the HTML file's URL.</summary>
    public string RenderFixture(string name, HtmlRenderOptions? options = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        var analyzed = DocumentPipeline.Analyze(File.ReadAllText(path), path, AnalysisOptions.Default with { Assets = FolderAssets.ForDocument(path) });
        // The lint panel only when a test asks for one.
        var html = new HtmlRenderer().Render(analyzed, (options ?? new HtmlRenderOptions()) with { NoLint = options?.Lint is null });
        var output = Path.Combine(OutputFolder, Path.ChangeExtension(name, ".html"));
        File.WriteAllText(output, html);
        return new Uri(output).AbsoluteUri;
    }

    /// <summary>A new page of the given width, optionally in dark mode or print media.</summary>
    public async Task<IPage> OpenAsync(string url, int width, ColorScheme scheme = ColorScheme.Light, Media media = Media.Screen)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = scheme,
            JavaScriptEnabled = true,
        });
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = media, ColorScheme = scheme });
        await page.GotoAsync(url);
        return page;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
