using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Debrief.Model;
using Debrief.Rendering;

namespace Debrief.Tests.Rendering;

/// <summary>Every payload file under Fixtures/xss is rendered to a full page; nothing in the page may execute or load.</summary>
public sealed class HtmlSafetyTests
{
    private static readonly string XssFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "xss");
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "ping", "data", "poster", "background", "cite", "longdesc", "srcdoc"];
    private static readonly string[] ForbiddenElements = ["script", "iframe", "frame", "frameset", "object", "embed", "form", "base", "link", "button", "textarea", "select", "math", "isindex", "template", "noscript", "applet", "audio", "video", "source"];
    private static readonly string[] OwnMetaNames = ["viewport", "color-scheme", "generator"];

    public static TheoryData<string> Payloads()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(XssFolder, "*.md").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    private static IDocument RenderPage(string file)
    {
        var source = File.ReadAllText(Path.Combine(XssFolder, file));
        var title = source.Split('\n')[0].TrimStart('#', ' ');
        var postmortem = new Postmortem
        {
            Source = source,
            Title = title,
            Summary = new SummaryFacts { RootCause = new Fact<string>("<img src=x onerror=alert('card')>", "", Samples.Line(2)) },
        };
        var html = new HtmlRenderer().Render(postmortem);
        return new HtmlParser().ParseDocument(html);
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Nothing_executes_or_loads(string file)
    {
        var page = RenderPage(file);
        var all = page.QuerySelectorAll("*").ToList();

        Assert.Empty(all.Where(e => ForbiddenElements.Contains(e.LocalName)).Select(e => e.OuterHtml));
        Assert.All(all, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.All(all, e => Assert.Null(e.GetAttribute("style")));
        Assert.All(page.QuerySelectorAll("svg"), svg => Assert.Equal("tl-root", svg.GetAttribute("class")));
        Assert.All(page.QuerySelectorAll("style"), style => Assert.True(style.ParentElement!.LocalName is "head" or "svg", style.OuterHtml));
        Assert.All(page.QuerySelectorAll("meta"), meta =>
            Assert.True(meta.HasAttribute("charset") || OwnMetaNames.Contains(meta.GetAttribute("name"))
                        || meta.GetAttribute("http-equiv") == "Content-Security-Policy", meta.OuterHtml));
        Assert.Single(page.QuerySelectorAll("meta[http-equiv='Content-Security-Policy']"));

        foreach (var element in all)
            foreach (var attribute in element.Attributes.Where(a => UrlAttributes.Contains(a.Name, StringComparer.OrdinalIgnoreCase)))
            {
                var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                var ok = value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal)
                         || value.StartsWith("mailto:", StringComparison.Ordinal) || value.StartsWith('#')
                         || !value.Split('/', '?', '#')[0].Contains(':', StringComparison.Ordinal)
                         || (element.LocalName == "img" && attribute.Name == "src" && value.StartsWith("data:image/", StringComparison.Ordinal));
                Assert.True(ok, $"{element.LocalName} {attribute.Name}=\"{attribute.Value}\"");
                Assert.NotEqual("srcset", attribute.Name);
                Assert.NotEqual("ping", attribute.Name);
            }
        Assert.All(page.QuerySelectorAll("img"), img => Assert.StartsWith("data:image/", img.GetAttribute("src")));
        Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.Contains("noopener", a.GetAttribute("rel") ?? ""));
        Assert.All(page.QuerySelectorAll("input"), input =>
        {
            Assert.Equal("checkbox", input.GetAttribute("type"));
            Assert.True(input.HasAttribute("disabled"));
        });
        Assert.Contains("SAFE-TEXT", page.Body!.TextContent);
        Assert.DoesNotContain("alert(", page.QuerySelector("#debrief-document")!.InnerHtml.Replace("&lt;script&gt;alert(", "", StringComparison.Ordinal)
            .Replace("alert(7)</code>", "", StringComparison.Ordinal).Replace("alert(8)", "", StringComparison.Ordinal)
            .Replace("&lt;img src=x onerror=alert(3)&gt;", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Task_lists_heading_ids_and_safe_links_survive()
    {
        var page = RenderPage("task-list-and-ids.md");
        var boxes = page.QuerySelectorAll("#debrief-document input[type=checkbox]").ToList();
        Assert.Equal(3, boxes.Count);
        Assert.True(boxes[0].HasAttribute("checked"));
        Assert.False(boxes[1].HasAttribute("checked"));
        Assert.NotNull(page.QuerySelector("h3#custom-id"));
        Assert.NotNull(page.QuerySelector("h2#corrective-measures"));
        Assert.NotNull(page.QuerySelector("a[href='mailto:ops@example.com'][rel~=noopener]"));
        Assert.Contains("Hidden SAFE-TEXT", page.QuerySelector("details")!.TextContent);
    }

    [Fact]
    public void Document_ids_cannot_take_the_pages_own_ids()
    {
        var page = RenderPage("mutation-and-tricks.md");
        Assert.Single(page.QuerySelectorAll("#debrief-summary"));
        Assert.Equal("header", page.QuerySelector("#debrief-summary")!.LocalName);
    }

    [Fact]
    public void Remote_images_become_links_and_local_images_are_inlined()
    {
        var folder = Directory.CreateTempSubdirectory("debrief-img-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.Parent!.FullName, "outside-" + folder.Name + ".png"), [0x89, 0x50]);
            File.WriteAllBytes(Path.Combine(folder.FullName, "chart.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
            var p = new Postmortem { Source = "# T\n\n![chart](chart.png)\n\n![remote](https://example.com/a.png)\n\n![gone](missing.png)\n\n![escape](../outside-" + folder.Name + ".png)\n", Title = "T" };
            var html = new HtmlRenderer().Render(p, new HtmlRenderOptions { Assets = new Debrief.Io.FolderAssets(folder.FullName) });
            var page = new HtmlParser().ParseDocument(html);
            var img = Assert.Single(page.QuerySelectorAll("#debrief-document img"));
            Assert.StartsWith("data:image/png;base64,", img.GetAttribute("src"));
            Assert.NotNull(page.QuerySelector("a.remote-image[href='https://example.com/a.png']"));
            Assert.Contains("[gone]", page.QuerySelector("#debrief-document")!.TextContent);
        }
        finally
        {
            folder.Delete(recursive: true);
            File.Delete(Path.Combine(folder.Parent!.FullName, "outside-" + folder.Name + ".png"));
        }
    }
}
