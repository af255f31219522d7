// Collects the images (Markdown and HTML) and links of a document.
using System.Text.RegularExpressions;
using Debrief.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Debrief.Parsing;

/// <summary>Finds images and links.</summary>
internal static partial class ReferenceCollector
{
    public static (List<ImageRef> Images, List<LinkRef> Links) Collect(SourceText source, MarkdownDocument document, IReadOnlyList<DocumentLine> lines)
    {
        var images = new List<ImageRef>();
        var links = new List<LinkRef>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            // A bare URL the page turns into a link ("https://...", "www...") is not a link the author wrote.
            if (link.IsAutoLink) continue;
            var line = Math.Clamp(link.Line + 1, 1, source.LineCount);
            var span = source.Lines(line, line);
            var label = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            var url = link.Url ?? "";
            if (link.IsImage) images.Add(new ImageRef(url, label, span));
            else links.Add(new LinkRef(url, label, span));
        }
        foreach (var line in lines)
        {
            if (line.Kind is LineKind.Code or LineKind.FrontMatter) continue;
            foreach (Match m in HtmlImage().Matches(source.Line(line.Number)))
                images.Add(new ImageRef(m.Groups["src"].Value, m.Groups["alt"].Value, source.Lines(line.Number, line.Number)));
        }
        images.Sort((a, b) => a.Span.Line.CompareTo(b.Span.Line));
        return (images, links);
    }

    [GeneratedRegex(@"<img\b(?=[^>]*\bsrc\s*=\s*[""']?(?<src>[^""'\s>]+))(?:(?=[^>]*\balt\s*=\s*[""'](?<alt>[^""']*)))?[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlImage();
}
