using AngleSharp.Html.Parser;
using Debrief.Rendering;

namespace Debrief.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Page(HtmlRenderOptions? options = null) =>
        new HtmlParser().ParseDocument(new HtmlRenderer().Render(Samples.Checkout(), options));

    private static string Fact(AngleSharp.Html.Dom.IHtmlDocument page, string key) =>
        page.QuerySelector($"[data-fact='{key}']")!.TextContent;

    [Fact]
    public void The_summary_card_shows_the_headline_figures()
    {
        var page = Page();
        Assert.Equal("Checkout API outage: connection pool exhausted", page.QuerySelector("#debrief-summary h1")!.TextContent);
        Assert.Equal("2 h 30 min", Fact(page, "duration"));
        Assert.Equal("75%", Fact(page, "users-affected"));
        Assert.Equal("Thu 20 Jun 2024, 14:00 – 16:30 UTC", Fact(page, "window"));
        Assert.Equal("SEV2", Fact(page, "severity"));
        Assert.Equal("published", Fact(page, "status"));
        Assert.Equal("0 min", Fact(page, "time-to-detect"));
        Assert.Equal("3", Fact(page, "action-items"));
        Assert.Contains("worker_connections", Fact(page, "root-cause"));
        Assert.Equal("Web pages returned 502 errors for 75% of users", Fact(page, "impact"));
    }

    [Fact]
    public void The_readme_example_card_shows_whole_sentences()
    {
        // Its impact and root cause are hard-wrapped; the card once showed "Pages loaded without" and "so once memory filled,".
        var path = Path.Combine(Debrief.Tests.Linting.RuleCatalogTests.RepoRoot(), "bench", "render", "postmortem-600-words.md");
        var pm = Debrief.Parsing.PostmortemParser.Parse(File.ReadAllText(path), path);
        var page = new HtmlParser().ParseDocument(new HtmlRenderer().Render(pm));
        Assert.Equal("The image service returned errors for thumbnails and product photos. Pages loaded without images, and the mobile app "
            + "showed grey placeholders. About 38% of users saw at least one broken image; 22% of image requests failed with HTTP 503.", Fact(page, "impact"));
        Assert.Equal("The new cache cluster had its eviction policy set to noeviction, so once memory filled, every write failed and the image "
            + "service treated the write error as fatal instead of serving from origin.", Fact(page, "root-cause"));
    }

    [Fact]
    public void The_card_shows_whole_sentences_within_its_budget()
    {
        var sentence = "Checkout returned errors for card payments in every region while the provider key was expired.";
        var impact = string.Join(' ', Enumerable.Repeat(sentence, 5));
        var card = Debrief.Rendering.PlainText.CardText(impact)!;
        Assert.True(card.Length <= Debrief.Rendering.PlainText.MaxCardLength, card);
        Assert.EndsWith("expired.", card);
        Assert.Equal(3, card.Split(". ").Length);
    }

    [Fact]
    public void Missing_facts_say_so()
    {
        var html = new HtmlRenderer().Render(new Debrief.Model.Postmortem { Source = "# Outage\n\nSomething broke.\n", Title = "Outage" });
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("not stated", Fact(page, "duration"));
        Assert.Equal("not stated", Fact(page, "root-cause"));
        Assert.Contains("Something broke.", page.QuerySelector("#debrief-document")!.TextContent);
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        var page = Page();
        Assert.Empty(page.QuerySelectorAll("script, link, iframe"));
        Assert.Empty(page.QuerySelectorAll("[src^='http'], [src^='//']"));
        Assert.Contains("prefers-color-scheme: dark", page.QuerySelector("head style")!.TextContent);
        Assert.Contains("@media print", page.QuerySelector("head style")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#debrief-timeline svg[role=img]").Length);
    }

    [Fact]
    public void Action_items_become_a_checklist_with_owner_and_due_date()
    {
        var page = Page();
        var tasks = page.QuerySelectorAll("#debrief-document li.task").ToList();
        Assert.Equal(3, tasks.Count);
        Assert.Contains("owner @dana", tasks[0].TextContent);
        Assert.Contains("due 2024-07-01", tasks[0].TextContent);
        Assert.Contains("detect", tasks[0].QuerySelector(".type")!.TextContent);
        Assert.True(tasks[1].QuerySelector("input[type=checkbox]")!.HasAttribute("checked"));
        Assert.False(tasks[0].QuerySelector("input[type=checkbox]")!.HasAttribute("checked"));
        // The list is replaced, not repeated.
        Assert.DoesNotContain("(owner: @dana", page.QuerySelector("#debrief-document")!.TextContent);
    }

    [Fact]
    public void Sections_tables_and_heading_ids_are_rendered_once_and_the_title_is_not_repeated()
    {
        var page = Page();
        var doc = page.QuerySelector("#debrief-document")!;
        Assert.Empty(doc.QuerySelectorAll("h1"));
        Assert.NotNull(doc.QuerySelector("h2#issue-summary"));
        Assert.NotNull(doc.QuerySelector("h2#root-cause-and-resolution"));
        Assert.NotNull(doc.QuerySelector("table th"));
        Assert.NotNull(doc.QuerySelector("a[href='https://example.com/dash'][rel~=noopener]"));
    }

    [Fact]
    public void The_lint_panel_is_collapsible_and_lists_findings()
    {
        var lint = new LintPanel(64, ["-20 no preventive action item"], [new LintPanelFinding(16, 3, "Warning", "DB031", "timeline-entry-short", "Entry is too long")]);
        var page = Page(new HtmlRenderOptions { Lint = lint });
        var details = page.QuerySelector("#debrief-lint details")!;
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("64", Fact(page, "lint-score"));
        Assert.Contains("DB031 timeline-entry-short", details.TextContent);
        Assert.Contains("line 16", details.TextContent);
        Assert.Null(Page().QuerySelector("#debrief-lint"));
    }

    [Fact]
    public void An_impact_chart_is_inlined_when_given()
    {
        var page = Page(new HtmlRenderOptions { ImpactChartSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><title>Impact</title></svg>" });
        Assert.NotNull(page.QuerySelector("#debrief-impact svg"));
    }

    [Fact]
    public void Tasks_without_metadata_keep_their_formatting_and_get_one_checkbox()
    {
        var p = new Debrief.Model.Postmortem
        {
            Source = "**Login outage**\n\n## Tasks\n\n- [ ] **Patch** the `nginx` server\n- Add monitoring on memory\n",
            Title = "Login outage",
            ActionItems =
            [
                new Debrief.Model.ActionItem("Patch the nginx server", null, null, null, null, false, Samples.Line(5)),
                new Debrief.Model.ActionItem("Add monitoring on memory", null, null, null, null, null, Samples.Line(6)),
            ],
        };
        var page = new HtmlParser().ParseDocument(new HtmlRenderer().Render(p));
        var tasks = page.QuerySelectorAll("#debrief-document li.task").ToList();
        Assert.Equal(2, tasks.Count);
        Assert.All(tasks, t => Assert.Single(t.QuerySelectorAll("input[type=checkbox]")));
        Assert.NotNull(tasks[0].QuerySelector("strong"));
        Assert.NotNull(tasks[0].QuerySelector("code"));
        // The bold first-line title is shown by the card only.
        Assert.DoesNotContain("Login outage", page.QuerySelector("#debrief-document")!.TextContent);
    }
}
