// DB081: images have alt text that says what they show.
namespace Debrief.Linting.Rules.Links;

/// <summary>Reports images with empty alt text.</summary>
public sealed class ImageAltText : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB081", Name: "image-alt-text", Family: RuleFamilies.Links,
        Summary: "An image has no alt text",
        Why: "Alt text is what screen readers read, what shows when the image is gone, and what search finds; \"Error rate 0-100% from 14:02 to 14:50\" carries the point of a chart even without it.",
        Bad: "## Timeline\n\n![](https://example.com/error-rate.png)\n",
        Good: "## Timeline\n\n![Error rate rising to 100% at 14:02 and back to 0 at 14:50](https://example.com/error-rate.png)\n")
    {
        HowToFix = "Write what the image shows between the brackets: `![Error rate during the outage](chart.png)`.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var image in context.Document.Images)
            if (string.IsNullOrWhiteSpace(image.Alt))
                yield return Info.At(image.Span, $"image '{image.Url}' has no alt text");
    }
}
