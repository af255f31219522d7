// Renders the parser's Markdown tree to sanitised HTML, replacing action-item lists and tables by a checklist with owner and due date.
using System.Text;
using Debrief.Model;
using Debrief.Parsing;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Debrief.Rendering;

/// <summary>
/// The document body as HTML, rendered from the tree the parser read the document with (<see cref="MarkdownSyntax"/>:
/// the same tolerant parse, deep nesting flattened, pasted plain text dedented), so the page shows what `show` and
/// `lint` read and never fails where they work. The tree is only read, never changed. Build once, reuse (the
/// sanitiser is not cheap).
/// </summary>
public sealed class MarkdownHtml
{
    private readonly HtmlSafety _safety = new();

    /// <summary>
    /// The sanitised body HTML. The first level-1 heading is left out when <paramref name="skipTitle"/> (the page shows
    /// the title itself). Lists and tables that hold action items become a checklist; items not found in any block are
    /// appended as a checklist at the end.
    /// </summary>
    public string RenderBody(Postmortem postmortem, bool skipTitle = true, Func<string, string?>? imageSource = null)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        var syntax = postmortem.Syntax ?? MarkdownSyntax.Read(postmortem.Text);
        var document = syntax.Structure;
        var text = syntax.StructureText.Text;
        var items = postmortem.ActionItems.Where(a => a.Span.IsKnown).ToList();
        var used = new HashSet<ActionItem>();
        var sb = new StringBuilder(postmortem.Source.Length * 2);
        using var writer = new StringWriter(sb);
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        MarkdownPipelines.Default.Setup(renderer);

        var titleSkipped = !skipTitle;
        var anyRendered = false;
        // The page has one h1 (the card's title). Documents that use level-1 headings for their sections are shifted down a level.
        var firstH1 = skipTitle ? document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1) : null;
        if (firstH1 is not null && !IsTitle(firstH1, text, postmortem))
            firstH1 = null;
        var shift = document.Descendants<HeadingBlock>().Any(h => h.Level == 1 && !ReferenceEquals(h, firstH1)) ? 1 : 0;
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new ShiftedHeadingRenderer(shift));
        if (document.Count == 0)
            writer.Write(PlainParagraphs(syntax.StructureText));
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock) continue;
            if (!titleSkipped && block is HeadingBlock heading1 && ReferenceEquals(heading1, firstH1))
            {
                titleSkipped = true;
                continue;
            }
            // A title written as a bold first paragraph ("**Postmortem: ...**") is shown by the card, not repeated.
            if (!titleSkipped && firstH1 is null && block is ParagraphBlock && IsTitle(block, text, postmortem))
            {
                titleSkipped = true;
                continue;
            }
            if (block is not ThematicBreakBlock) titleSkipped = true;
            // A rule right under the title is decoration; the page's card already separates title and body.
            if (block is ThematicBreakBlock && !anyRendered) continue;
            anyRendered = true;
            if (block is ListBlock list && items.Count > 0)
            {
                RenderList(list, items, used, renderer, writer);
                continue;
            }
            if (block is Table table && items.Count > 0)
            {
                var inside = items.Where(a => Contains(table, a)).ToList();
                if (inside.Count > 0 && inside.Count >= table.Count - 1)
                {
                    writer.Write(Checklist(inside));
                    used.UnionWith(inside);
                    continue;
                }
            }
            renderer.Render(block);
            writer.Flush();
        }
        var rest = postmortem.ActionItems.Where(a => !used.Contains(a)).ToList();
        if (rest.Count > 0 && used.Count == 0)
        {
            writer.Write("<h2 id=\"action-items-checklist\">Action items</h2>\n");
            writer.Write(Checklist(rest));
        }
        writer.Flush();
        return _safety.Sanitize(sb.ToString(), imageSource);
    }

    private static void RenderList(ListBlock list, List<ActionItem> items, HashSet<ActionItem> used, Markdig.Renderers.HtmlRenderer renderer, StringWriter writer)
    {
        if (!HoldsActionItem(list, items, used))
        {
            renderer.Render(list);
            writer.Flush();
            return;
        }
        writer.Write(list.IsOrdered ? (list.OrderedStart is { } start && start != "1" ? $"<ol start=\"{Svg.Escape(start)}\">\n" : "<ol>\n") : "<ul>\n");
        foreach (var li in list.OfType<ListItemBlock>())
        {
            // An action item is matched to the list item on whose first line it starts.
            var action = items.FirstOrDefault(a => !used.Contains(a) && a.Span.Line == li.Line + 1);
            if (action is not null)
            {
                used.Add(action);
                if (action.Owner is null && action.Due is null && action.Type is null && action.Ticket is null
                    && li.Count > 0 && li[0] is ParagraphBlock paragraph)
                {
                    // No metadata to show: keep the author's own formatting of the task.
                    var hasOwnBox = paragraph.Inline?.FirstChild is Markdig.Extensions.TaskLists.TaskList;
                    writer.Write("<li class=\"task\">");
                    if (!hasOwnBox) writer.Write(action.Done == true ? "<input type=\"checkbox\" disabled checked> " : "<input type=\"checkbox\" disabled> ");
                    writer.Write("<span class=\"task-text\">");
                    writer.Flush();
                    renderer.WriteLeafInline(paragraph);
                    writer.Write("</span></li>\n");
                    writer.Flush();
                    continue;
                }
                writer.Write(ChecklistItem(action));
                continue;
            }
            writer.Write("<li>");
            var saved = renderer.ImplicitParagraph;
            foreach (var inner in li)
            {
                renderer.ImplicitParagraph = !list.IsLoose;
                if (inner is ListBlock sub)
                {
                    renderer.ImplicitParagraph = saved;
                    RenderList(sub, items, used, renderer, writer);
                }
                else
                    renderer.Render(inner);
                writer.Flush();
            }
            renderer.ImplicitParagraph = saved;
            writer.Write("</li>\n");
        }
        writer.Write(list.IsOrdered ? "</ol>\n" : "</ul>\n");
        writer.Flush();
    }

    private static bool HoldsActionItem(ListBlock list, List<ActionItem> items, HashSet<ActionItem> used) =>
        list.OfType<ListItemBlock>().Any(li => items.Any(a => !used.Contains(a) && a.Span.Line == li.Line + 1)
                                               || li.OfType<ListBlock>().Any(sub => HoldsActionItem(sub, items, used)));

    /// <summary>True when a heading's text (in <paramref name="source"/>, the text the tree was parsed from) is the
    /// document's title (the page shows the title in its card instead).</summary>
    private static bool IsTitle(Block heading, string source, Postmortem postmortem)
    {
        if (postmortem.Title is null) return false;
        var start = Math.Clamp(heading.Span.Start, 0, source.Length);
        var end = Math.Clamp(heading.Span.End + 1, start, source.Length);
        var text = source[start..end].Trim().TrimStart('#').Trim().TrimEnd('#').Trim();
        return string.Equals(PlainText.Clean(text), PlainText.Clean(postmortem.Title), StringComparison.Ordinal);
    }

    private static int LastLine(Block block) => block is ContainerBlock c && c.Count > 0 ? LastLine(c.LastChild!) : block.Line;

    private static bool Contains(Block block, ActionItem item) =>
        item.Span.Line >= block.Line + 1 && item.Span.Line <= LastLine(block) + 1;

    /// <summary>A text Markdig could not give any structure (nesting too deep even flattened): its runs of non-blank
    /// lines as escaped paragraphs, front matter left out, so the page still shows every word.</summary>
    private static string PlainParagraphs(SourceText text)
    {
        var sb = new StringBuilder();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count > 0) sb.Append("<p>").Append(string.Join("\n", paragraph.Select(Svg.Escape))).Append("</p>\n");
            paragraph.Clear();
        }
        var first = 1;
        if (text.LineCount > 1 && text.Line(1).Trim() == "---")
            for (var n = 2; n <= text.LineCount; n++)
                if (text.Line(n).Trim() is "---" or "...") { first = n + 1; break; }
        for (var n = first; n <= text.LineCount; n++)
        {
            var line = text.Line(n).Trim();
            if (line.Length == 0) Flush();
            else paragraph.Add(line);
        }
        Flush();
        return sb.ToString();
    }

    /// <summary>Markdig's heading renderer with every level moved down by <c>shift</c> (at most h6), so the tree is
    /// rendered as is and never changed (it belongs to the parsed document and may be rendered again).</summary>
    private sealed class ShiftedHeadingRenderer(int shift) : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(Markdig.Renderers.HtmlRenderer renderer, HeadingBlock obj)
        {
            var tag = "h" + Math.Clamp(obj.Level + shift, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (renderer.EnableHtmlForBlock)
                renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
            renderer.WriteLeafInline(obj);
            if (renderer.EnableHtmlForBlock)
                renderer.Write("</").Write(tag).WriteLine(">");
            renderer.EnsureLine();
        }
    }

    /// <summary>A checklist of action items: checkbox, text, owner, due date, type and ticket.</summary>
    public static string Checklist(IEnumerable<ActionItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var sb = new StringBuilder("<ul class=\"checklist\">\n");
        foreach (var item in items) sb.Append(ChecklistItem(item));
        sb.Append("</ul>\n");
        return sb.ToString();
    }

    private static string ChecklistItem(ActionItem a)
    {
        var sb = new StringBuilder("<li class=\"task\">");
        sb.Append(a.Done == true ? "<input type=\"checkbox\" disabled checked> " : "<input type=\"checkbox\" disabled> ");
        sb.Append("<span class=\"task-text\">").Append(Svg.Escape(PlainText.Clean(a.Text))).Append("</span>");
        var meta = new List<string>();
        if (a.Owner is { } owner) meta.Add($"<span class=\"owner\">owner {Svg.Escape(owner)}</span>");
        if (a.Due is { } due) meta.Add($"<span class=\"due\">due {due:yyyy-MM-dd}</span>");
        if (a.Type is { } type) meta.Add($"<span class=\"type\">{Svg.Escape(type)}</span>");
        if (a.Ticket is { } ticket) meta.Add($"<span class=\"ticket\">{Svg.Escape(ticket)}</span>");
        if (meta.Count > 0) sb.Append(" <span class=\"task-meta\">").Append(string.Join(" ", meta)).Append("</span>");
        sb.Append("</li>\n");
        return sb.ToString();
    }
}
