// The Markdown trees a document is read from, parsed once (tolerantly) and kept on the model for the renderer.
using Markdig.Syntax;

namespace Debrief.Parsing;

/// <summary>
/// What Markdig made of a document. <see cref="Document"/> is the tree of the source as written (front matter, links);
/// <see cref="Structure"/> is the tree the block structure is read from and the page is rendered from: the same tree,
/// or, for plain text pasted into Markdown, the tree of <see cref="StructureText"/>, a copy with its prose-like
/// indented lines dedented (same lines, so every line number still points into the source).
/// </summary>
internal sealed record MarkdownSyntax(MarkdownDocument Document, MarkdownDocument Structure, SourceText StructureText, bool Flattened, bool Dedented)
{
    /// <summary>Parses <paramref name="text"/> with <see cref="MarkdownPipelines.Default"/>, never failing (see
    /// <see cref="MarkdownPipelines.ParseTolerant"/>), and dedents pasted plain text (see <see cref="ProseIndentation"/>).</summary>
    public static MarkdownSyntax Read(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = MarkdownPipelines.ParseTolerant(text.Text, out var flattened);
        var dedented = ProseIndentation.Dedent(text, document);
        if (dedented is null)
            return new MarkdownSyntax(document, document, text, flattened, Dedented: false);
        var structure = MarkdownPipelines.ParseTolerant(dedented, out var structureFlattened);
        return new MarkdownSyntax(document, structure, new SourceText(dedented), flattened || structureFlattened, Dedented: true);
    }
}
