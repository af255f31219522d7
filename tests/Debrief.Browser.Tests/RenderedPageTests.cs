// What a person checks on the rendered page, in a real browser: it fits the screen, the picture is there and labelled,
// the card has the right figures, dark mode and print work, and the PDF has the pages it should.
using System.Text.RegularExpressions;
using Debrief.Rendering;
using Microsoft.Playwright;

namespace Debrief.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class RenderedPageTests(BrowserFixture browser)
{
    public static TheoryData<string, int> FixturesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "checkout-outage.md", "storage-three-days.md", "dns-blip.md", "wide-content.md" })
            foreach (var width in new[] { 375, 1280 })
                data.Add(name, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(FixturesAndWidths))]
    public async Task Page_has_no_horizontal_scroll(string fixture, int width)
    {
        var page = await browser.OpenAsync(browser.RenderFixture(fixture), width);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var viewport = await page.EvaluateAsync<int>("() => window.innerWidth");
        Assert.True(scrollWidth <= viewport, $"{fixture} at {width}px scrolls sideways: content is {scrollWidth}px wide");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(FixturesAndWidths))]
    public async Task Timeline_diagram_is_visible_and_labelled(string fixture, int width)
    {
        var page = await browser.OpenAsync(browser.RenderFixture(fixture), width);
        var svg = page.Locator(width < 640 ? ".tl-compact svg" : ".tl-wide svg");
        Assert.True(await svg.IsVisibleAsync(), "the diagram for this width is not visible");
        var box = await svg.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width >= Math.Min(300, width - 60) && box.Height > 100, $"diagram is {box.Width}x{box.Height}");
        Assert.True(box.X >= 0 && box.X + box.Width <= width + 0.5, "the diagram sticks out of the screen");
        Assert.Equal("img", await svg.GetAttributeAsync("role"));
        var labelledBy = (await svg.GetAttributeAsync("aria-labelledby"))!.Split(' ');
        Assert.StartsWith("Timeline of the incident", await page.Locator("#" + labelledBy[0]).TextContentAsync());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#" + labelledBy[1]).TextContentAsync()));
        // Event labels are text a person can read (and select), not paths.
        var labels = await svg.Locator("text.tl-label").AllTextContentsAsync();
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.Matches(@"^(\d+ )?\d\d:\d\d ", l));
        // Labels are big enough to read: at least 9 CSS pixels high on screen.
        var fontPx = await svg.Locator("text.tl-label").First.EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(fontPx >= 9, $"diagram labels are only {fontPx}px high at {width}px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Summary_card_shows_the_facts_of_the_incident()
    {
        var page = await browser.OpenAsync(browser.RenderFixture("checkout-outage.md"), 1280);
        async Task<string> Fact(string key) => (await page.Locator($"#debrief-summary [data-fact='{key}']").TextContentAsync())!.Trim();
        Assert.Equal("Checkout API outage after a connection pool change", (await page.Locator("#debrief-summary h1").TextContentAsync())!.Trim());
        Assert.Equal("2 h 30 min", await Fact("duration"));
        Assert.Equal("75%", await Fact("users-affected"));
        Assert.Equal("41%", await Fact("requests-failed"));
        Assert.Equal("12 min", await Fact("time-to-detect"));
        Assert.Equal("Thu 20 Jun 2024, 14:00 – 16:30 UTC", await Fact("window"));
        Assert.Equal("SEV2", await Fact("severity"));
        Assert.Equal("published", await Fact("status"));
        Assert.Equal("3", await Fact("action-items"));
        Assert.Contains("configuration", await Fact("root-cause"), StringComparison.OrdinalIgnoreCase);
        Assert.True(await page.Locator("#debrief-summary").IsVisibleAsync());
        // The card is the first thing on screen.
        var card = await page.Locator("#debrief-summary").BoundingBoxAsync();
        Assert.True(card!.Y < 100);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Summary_card_of_a_document_without_front_matter_has_its_figures()
    {
        var page = await browser.OpenAsync(browser.RenderFixture("dns-blip.md"), 375);
        async Task<string> Fact(string key) => (await page.Locator($"#debrief-summary [data-fact='{key}']").TextContentAsync())!.Trim();
        Assert.Equal("5 min", await Fact("duration"));
        Assert.Equal("100%", await Fact("users-affected"));
        Assert.Contains("09:10 – 09:15 UTC", await Fact("window"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dark_mode_follows_the_readers_setting()
    {
        var url = browser.RenderFixture("checkout-outage.md");
        var light = await browser.OpenAsync(url, 1280, ColorScheme.Light);
        var dark = await browser.OpenAsync(url, 1280, ColorScheme.Dark);
        const string bodyBackground = "() => getComputedStyle(document.body).backgroundColor";
        const string cardText = "() => getComputedStyle(document.querySelector('#debrief-summary h1')).color";
        const string diagramBackground = "() => getComputedStyle(document.querySelector('.tl-wide .tl-bg')).fill";
        Assert.Equal("rgb(246, 247, 249)", await light.EvaluateAsync<string>(bodyBackground));
        Assert.Equal("rgb(11, 15, 23)", await dark.EvaluateAsync<string>(bodyBackground));
        Assert.Equal("rgb(243, 244, 246)", await dark.EvaluateAsync<string>(cardText));
        Assert.Equal("rgb(17, 24, 39)", await dark.EvaluateAsync<string>(diagramBackground));
        Assert.Equal("rgb(255, 255, 255)", await light.EvaluateAsync<string>(diagramBackground));
        await light.Context.CloseAsync();
        await dark.Context.CloseAsync();
    }

    [Fact]
    public async Task Lint_panel_is_collapsed_until_opened()
    {
        var lint = new LintPanel(58, ["-20 no misleading path in the timeline"], [new LintPanelFinding(24, 3, "warning", "DB031", "timeline-entry-short", "Entry has 15 words")]);
        var page = await browser.OpenAsync(browser.RenderFixture("checkout-outage.md", new HtmlRenderOptions { Lint = lint }), 1280);
        var finding = page.Locator("#debrief-lint .findings li");
        Assert.False(await finding.IsVisibleAsync());
        await page.Locator("#debrief-lint summary").ClickAsync();
        Assert.True(await finding.IsVisibleAsync());
        Assert.Contains("DB031", await finding.TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Print_shows_the_wide_diagram_and_hides_the_lint_panel()
    {
        var lint = new LintPanel(90, [], []);
        var page = await browser.OpenAsync(browser.RenderFixture("checkout-outage.md", new HtmlRenderOptions { Lint = lint }), 375, media: Media.Print);
        Assert.True(await page.Locator(".tl-wide svg").IsVisibleAsync());
        Assert.False(await page.Locator(".tl-compact svg").IsVisibleAsync());
        Assert.False(await page.Locator("#debrief-lint details").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("dns-blip.md", 1, 2)]
    [InlineData("checkout-outage.md", 2, 3)]
    [InlineData("storage-three-days.md", 3, 5)]
    public async Task Pdf_has_the_expected_pages(string fixture, int minPages, int maxPages)
    {
        var page = await browser.OpenAsync(browser.RenderFixture(fixture), 1280, media: Media.Print);
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        var pages = PageObject().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
        Assert.InRange(pages, minPages, maxPages);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PageObject();
}
