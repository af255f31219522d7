// Renders the document's Markdown to sanitised HTML with Markdig, replacing action-item lists and tables by a checklist with owner and due date.
using System.Text;
using Debrief.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Debrief.Rendering;

/// <summary>Markdown to HTML for the document body. Build once, reuse (the pipeline and sanitiser are not cheap).</summary>
public sealed class MarkdownHtml
{
    /// <summary>CommonMark + GitHub tables, task lists, heading ids, autolinks, front matter skipped.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    private readonly HtmlSafety _safety = new();

    /// <summary>
    /// The sanitised body HTML. The first level-1 heading is left out when <paramref name="skipTitle"/> (the page shows
    /// the title itself). Lists and tables that hold action items become a checklist; items not found in any block are
    /// appended as a checklist at the end.
    /// </summary>
    public string RenderBody(Postmortem postmortem, bool skipTitle = true, Func<string, string?>? imageSource = null)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        var document = Markdown.Parse(postmortem.Source, Pipeline);
        var items = postmortem.ActionItems.Where(a => a.Span.IsKnown).ToList();
        var used = new HashSet<ActionItem>();
        var sb = new StringBuilder(postmortem.Source.Length * 2);
        using var writer = new StringWriter(sb);
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);

        var titleSkipped = !skipTitle;
        var anyRendered = false;
        // The page has one h1 (the card's title). Documents that use level-1 headings for their sections are shifted down a level.
        var firstH1 = skipTitle ? document.OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1) : null;
        if (firstH1 is not null && !IsTitle(firstH1, postmortem))
            firstH1 = null;
        if (document.Descendants<HeadingBlock>().Any(h => h.Level == 1 && !ReferenceEquals(h, firstH1)))
            foreach (var heading in document.Descendants<HeadingBlock>())
                heading.Level = Math.Min(6, heading.Level + 1);
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock) continue;
            if (!titleSkipped && block is HeadingBlock heading1 && ReferenceEquals(heading1, firstH1))
            {
                titleSkipped = true;
                continue;
            }
            // A title written as a bold first paragraph ("**Postmortem: ...**") is shown by the card, not repeated.
            if (!titleSkipped && firstH1 is null && block is ParagraphBlock && IsTitle(block, postmortem))
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
                var inside = items.Where(a => Contains(table, postmortem.Source, a)).ToList();
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

    /// <summary>True when a heading's text is the document's title (the page shows the title in its card instead).</summary>
    private static bool IsTitle(Block heading, Postmortem postmortem)
    {
        if (postmortem.Title is null) return false;
        var end = Math.Min(postmortem.Source.Length, heading.Span.End + 1);
        var text = postmortem.Source[Math.Max(0, heading.Span.Start)..end].Trim().TrimStart('#').Trim().TrimEnd('#').Trim();
        return string.Equals(PlainText.Clean(text), PlainText.Clean(postmortem.Title), StringComparison.Ordinal);
    }

    private static int LastLine(Block block) => block is ContainerBlock c && c.Count > 0 ? LastLine(c.LastChild!) : block.Line;

    private static bool Contains(Block block, string source, ActionItem item) =>
        item.Span.Line >= block.Line + 1 && item.Span.Line <= LastLine(block) + 1;

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
