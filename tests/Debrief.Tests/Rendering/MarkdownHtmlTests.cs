// The page body comes from the parser's own tolerant reading: deep nesting never crashes, pasted text reads as prose.
using System.Text;
using AngleSharp.Html.Parser;
using Debrief.Parsing;
using Debrief.Rendering;
using Debrief.Tests.Fixtures;

namespace Debrief.Tests.Rendering;

public sealed class MarkdownHtmlTests
{
    internal static string Nested(string marker, int depth)
    {
        var sb = new StringBuilder("# Deeply nested\n\n");
        if (marker == ">")
        {
            sb.Append(string.Concat(Enumerable.Repeat("> ", depth))).Append("the innermost quote\n");
            return sb.ToString();
        }
        for (var i = 0; i < depth; i++)
            sb.Append(new string(' ', 2 * i)).Append("- level ").Append(i).Append('\n');
        return sb.ToString();
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) =>
        new HtmlParser().ParseDocument(new HtmlRenderer().Render(PostmortemParser.Parse(markdown)));

    [Theory]
    [InlineData(">")]
    [InlineData("-")]
    public void Two_hundred_and_fifty_nested_levels_render(string marker)
    {
        var page = Render(Nested(marker, 250));
        var body = page.QuerySelector("#debrief-document")!.TextContent;
        Assert.Contains(marker == ">" ? "the innermost quote" : "level 249", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Pasted_plain_text_renders_as_prose_paragraphs()
    {
        var page = Render(FixtureFiles.Read("plain-text.md"));
        var body = page.QuerySelector("#debrief-document")!;
        Assert.Empty(body.QuerySelectorAll("pre"));
        Assert.Contains(body.QuerySelectorAll("p"), p => p.TextContent.Contains("the login page of our site did not load", StringComparison.Ordinal));
    }
}
