// Detectors for the whole document: length in words (400-600 for the brief profile) and a visual.
using System.Text.RegularExpressions;
using Debrief.Model;
using static Debrief.Model.ElementKeys;

namespace Debrief.Elements.Detectors;

/// <summary>Length and visual elements.</summary>
internal static partial class DocumentDetectors
{
    /// <summary>The brief profile's word budget.</summary>
    public const int MinWords = 400, MaxWords = 600;

    public static IReadOnlyList<IElementDetector> All { get; } =
    [
        new Detector(Length, c => c.Postmortem.Words is >= MinWords and <= MaxWords
            ? new ElementResult(Length, true, null, $"{c.Postmortem.Words} words")
            : new ElementResult(Length, false, null, $"{c.Postmortem.Words} words, expected {MinWords} to {MaxWords}")),
        new Detector(ElementKeys.Visual, DetectVisual),
    ];

    private static ElementResult DetectVisual(ElementContext c)
    {
        var pm = c.Postmortem;
        if (pm.Images.FirstOrDefault() is { } image)
            return Evidence.Found(ElementKeys.Visual, image.Span.Line, $"image {image.Url}");
        if (pm.FrontMatter?.Image is { } fmImage)
            return Evidence.Found(ElementKeys.Visual, pm.FrontMatter.KeyLines.GetValueOrDefault("image", 1), $"image {fmImage}");
        // Diagram fences and text diagrams are code lines; their text comes from the one line index.
        var code = pm.Lines.Where(l => l.Kind == LineKind.Code && l.Number <= pm.Text.LineCount).ToList();
        foreach (var line in code)
        {
            var diagram = DiagramFence().Match(pm.Text.Line(line.Number));
            if (diagram.Success)
                return Evidence.Found(ElementKeys.Visual, line.Number, $"diagram ({diagram.Groups["lang"].Value})");
        }
        var art = code.Where(l => BoxDrawing().IsMatch(pm.Text.Line(l.Number))).ToList();
        if (art.Count >= 3)
            return Evidence.Found(ElementKeys.Visual, art[0].Number, "text diagram: " + pm.Text.Line(art[0].Number).Trim());
        var imageLink = pm.Links.FirstOrDefault(l => ImageUrl().IsMatch(l.Url));
        if (imageLink is not null)
            return Evidence.Found(ElementKeys.Visual, imageLink.Span.Line, $"link to image {imageLink.Url}");
        return Evidence.Missing(ElementKeys.Visual, "no image or diagram");
    }

    [GeneratedRegex(@"^\s*(?:```|~~~)\s*(?<lang>mermaid|plantuml|dot|graphviz|svg|ditaa)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex DiagramFence();

    [GeneratedRegex(@"[+|]-{3,}[+|]|[┌┐└┘├┤│─]|-->|==>|\bv\s*$|^\s*\|\s*$")]
    private static partial Regex BoxDrawing();

    [GeneratedRegex(@"\.(?:png|jpe?g|gif|svg|webp)(?:\?|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ImageUrl();
}
