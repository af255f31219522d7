// Gives every source line its block kind from Markdig's tree, and its prose (in place and as plain text).
using Debrief.Model;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Debrief.Parsing;

/// <summary>Builds <see cref="DocumentLine"/>s from a parsed Markdown tree.</summary>
internal static class LineClassifier
{
    /// <summary>Classifies each line of <paramref name="source"/> using <paramref name="document"/>.</summary>
    public static IReadOnlyList<DocumentLine> Classify(SourceText source, MarkdownDocument document) => Classify(source, source, document);

    /// <summary>
    /// Classifies each line of <paramref name="original"/> by the blocks of <paramref name="document"/>, parsed from
    /// <paramref name="source"/> (the original, or a copy with the same lines, e.g. pasted plain text dedented); the
    /// prose of each line is read from the original, so its columns are the source's.
    /// </summary>
    public static IReadOnlyList<DocumentLine> Classify(SourceText original, SourceText source, MarkdownDocument document)
    {
        var kinds = new LineKind[source.LineCount + 1];
        var inList = new bool[source.LineCount + 1];
        var startsItem = new bool[source.LineCount + 1];
        for (var n = 1; n <= source.LineCount; n++)
            kinds[n] = string.IsNullOrWhiteSpace(source.Line(n)) ? LineKind.Blank : LineKind.Paragraph;

        void Mark(Block block, LineKind kind)
        {
            var (first, last) = LinesOf(source, block);
            for (var n = first; n <= last; n++)
                if (kinds[n] != LineKind.Blank || kind is LineKind.Code or LineKind.FrontMatter) kinds[n] = kind;
        }

        void Walk(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock: Mark(block, LineKind.FrontMatter); return;
                case CodeBlock: Mark(block, LineKind.Code); return;
                case HtmlBlock: Mark(block, LineKind.Html); return;
                case HeadingBlock: Mark(block, LineKind.Heading); return;
                case ThematicBreakBlock: Mark(block, LineKind.ThematicBreak); return;
                case Table: Mark(block, LineKind.Table); return;
                case ListItemBlock item:
                {
                    var (first, last) = LinesOf(source, item);
                    startsItem[first] = true;
                    for (var n = first; n <= last; n++) inList[n] = true;
                    break;
                }
            }
            if (block is ContainerBlock container)
                foreach (var child in container) Walk(child);
        }

        foreach (var block in document) Walk(block);

        var lines = new List<DocumentLine>(source.LineCount);
        var inComment = false;
        for (var n = 1; n <= source.LineCount; n++)
        {
            var kind = kinds[n];
            if (kind == LineKind.Paragraph && inList[n]) kind = LineKind.ListItem;
            if (kind is LineKind.Code or LineKind.FrontMatter or LineKind.Blank or LineKind.ThematicBreak || n > original.LineCount)
            {
                lines.Add(new DocumentLine(n, kind, "", inList[n], startsItem[n]));
                continue;
            }
            // An HTML comment goes on over lines until "-->": none of it is prose.
            var raw = original.Line(n);
            if (inComment)
            {
                raw = MarkupStripper.BlankCommentContinuation(raw, out var closed);
                inComment = !closed;
            }
            if (!inComment) inComment = MarkupStripper.LeavesCommentOpen(raw);
            lines.Add(new DocumentLine(n, kind, MarkupStripper.Plain(raw), inList[n], startsItem[n]) { Prose = MarkupStripper.Blank(raw) });
        }
        return lines;
    }

    /// <summary>The 1-based first and last lines of a block.</summary>
    public static (int First, int Last) LinesOf(SourceText source, Block block)
    {
        var first = Math.Clamp(block.Line + 1, 1, source.LineCount);
        var end = block.Span.End >= block.Span.Start ? block.Span.End : block.Span.Start;
        var last = Math.Clamp(source.LineOf(end), first, source.LineCount);
        return (first, last);
    }
}
