// Rewrites the front matter status line (or adds one), touching nothing else, so the document stays the source of truth.
using Debrief.Archive.Documents;
using Debrief.Archive.Model;

namespace Debrief.Archive.Workflow;

/// <summary>Sets <c>status:</c> in a document's front matter with the smallest edit: the status line's value is
/// replaced, or a line is added after the opening <c>---</c>, or a front matter block is added at the top.
/// The document's line endings and BOM are kept.</summary>
internal static class FrontMatterStatusEditor
{
    public static string SetStatus(string text, FrontMatterLocation? frontMatter, ArchiveStatus status)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eol = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var value = status.ToFrontMatter();
        if (frontMatter is null)
        {
            var bom = text.StartsWith('\uFEFF') ? 1 : 0;
            return string.Concat(text.AsSpan(0, bom), $"---{eol}status: {value}{eol}---{eol}", text.AsSpan(bom));
        }
        if (frontMatter.StatusLine is int line)
        {
            var (start, end) = LineBounds(text, line);
            var content = text[start..end];
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var key = colon >= 0 ? content[..colon] : "status";
            return string.Concat(text.AsSpan(0, start), $"{key}: {value}", text.AsSpan(end));
        }
        var (_, openEnd) = LineBounds(text, frontMatter.FirstLine);
        var after = openEnd + (text.AsSpan(openEnd).StartsWith("\r\n") ? 2 : text.AsSpan(openEnd).StartsWith("\n") ? 1 : 0);
        return string.Concat(text.AsSpan(0, after), $"status: {value}{eol}", text.AsSpan(after));
    }

    /// <summary>The offsets of a 1-based line's content (without its line ending).</summary>
    private static (int Start, int End) LineBounds(string text, int line)
    {
        var start = 0;
        for (var n = 1; n < line; n++)
        {
            var next = text.IndexOf('\n', start);
            if (next < 0)
                throw new ArgumentOutOfRangeException(nameof(line), "line is past the end of the document");
            start = next + 1;
        }
        var end = text.IndexOf('\n', start);
        if (end < 0)
            end = text.Length;
        if (end > start && text[end - 1] == '\r')
            end--;
        return (start, end);
    }
}
