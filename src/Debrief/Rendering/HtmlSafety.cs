// Sanitises HTML that comes from a document (raw HTML in the Markdown): an allow-list keeps headings' ids and task lists; nothing executes.
using AngleSharp.Dom;
using Ganss.Xss;

namespace Debrief.Rendering;

/// <summary>
/// The allow-list sanitiser for user-supplied HTML. Scripts, event handlers, forms, frames, styles and
/// non-http(s)/mailto URLs are removed; links get <c>rel="noopener noreferrer"</c>; the only input kept is a disabled checkbox.
/// </summary>
public sealed class HtmlSafety
{
    private static readonly string[] ExtraTags = ["input", "details", "summary", "figure", "figcaption", "mark", "del", "ins", "kbd", "sup", "sub"];
    private static readonly string[] RemovedTags = ["form", "button", "select", "option", "textarea", "style", "link", "meta", "base", "iframe", "frame", "object", "embed", "svg", "math"];

    private readonly HtmlSanitizer _sanitizer;

    /// <summary>A sanitiser with Debrief's allow-list.</summary>
    public HtmlSafety()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(HtmlSanitizerDefaults.AllowedTags.Concat(ExtraTags).Except(RemovedTags), StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(HtmlSanitizerDefaults.AllowedAttributes.Concat(["id", "class", "type", "checked", "disabled", "open", "align"]).Except(["style", "action", "formaction", "name"]), StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        // Removed script-like elements lose their content too (kept children would show code as text).
        _sanitizer.RemovingTag += (_, e) =>
        {
            if (e.Tag.LocalName is "script" or "style" or "template" or "noscript" or "textarea" or "title" or "xmp" or "iframe"
                or "noembed" or "noframes" or "object" or "svg" or "math" or "select" or "button")
                e.Tag.TextContent = "";
        };
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element) return;
            switch (element.LocalName)
            {
                case "a" when element.HasAttribute("href"):
                    element.SetAttribute("rel", "noopener noreferrer");
                    element.RemoveAttribute("target");
                    break;
                case "h1":
                    // The page's only h1 is its title; raw HTML h1s in the document become h2s.
                    var h2 = e.Document.CreateElement("h2");
                    foreach (var attribute in element.Attributes) h2.SetAttribute(attribute.Name, attribute.Value);
                    while (element.FirstChild is { } child) h2.AppendChild(child);
                    e.ReplacementNodes.Add(h2);
                    return;
                case "img":
                    ReplaceImage(e, element);
                    return;
                case "input":
                    if (!string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase))
                    {
                        element.Remove();
                        return;
                    }
                    element.SetAttribute("disabled", "");
                    break;
            }
            // Element ids from the document must not collide with the page's own (all prefixed "debrief-").
            if (element.Id is { } id && id.StartsWith("debrief-", StringComparison.OrdinalIgnoreCase))
                element.RemoveAttribute("id");
        };
    }

    private Func<string, string?>? _imageSource;

    /// <summary>
    /// The sanitised HTML fragment. Images never load from the network: remote images become links; relative ones are
    /// replaced by what <paramref name="imageSource"/> returns (a data: URI) or by their alt text. Not thread-safe.
    /// </summary>
    public string Sanitize(string html, Func<string, string?>? imageSource = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        _imageSource = imageSource;
        try
        {
            return _sanitizer.Sanitize(html);
        }
        finally
        {
            _imageSource = null;
        }
    }

    private void ReplaceImage(PostProcessNodeEventArgs e, IElement img)
    {
        var src = img.GetAttribute("src") ?? "";
        var alt = img.GetAttribute("alt");
        var label = string.IsNullOrWhiteSpace(alt) ? "image" : alt;
        if (src.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || src.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var link = e.Document.CreateElement("a");
            link.SetAttribute("href", src);
            link.SetAttribute("rel", "noopener noreferrer");
            link.SetAttribute("class", "remote-image");
            link.TextContent = "Image: " + label;
            e.ReplacementNodes.Add(link);
            return;
        }
        var data = src.Length > 0 ? _imageSource?.Invoke(src) : null;
        if (data is not null && data.StartsWith("data:image/", StringComparison.Ordinal))
        {
            img.SetAttribute("src", data);
            img.SetAttribute("loading", "lazy");
            return;
        }
        var span = e.Document.CreateElement("span");
        span.SetAttribute("class", "missing-image");
        span.TextContent = $"[{label}]";
        e.ReplacementNodes.Add(span);
    }
}
