// The one Markdig pipeline Debrief parses and renders with, built once, and the tolerant parse that never fails.
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace Debrief.Parsing;

/// <summary>Shared Markdig pipelines (thread-safe, built once).</summary>
public static partial class MarkdownPipelines
{
    /// <summary>
    /// CommonMark + YAML front matter + GitHub pipe tables + task lists, with precise source locations, plus what the
    /// page needs (GitHub heading ids, bare-URL autolinks, strikethrough and the other emphasis extras): the parser's
    /// tree is the tree the renderer renders, so Markdown is read once.
    /// </summary>
    public static MarkdownPipeline Default { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .Build();

    /// <summary>
    /// Parses with <see cref="Default"/>. Markdig refuses absurdly deep nesting ("> > > ..." hundreds deep); then the
    /// nesting is flattened line by line (same line count, so line numbers still hold) and <paramref name="flattened"/>
    /// is set.
    /// </summary>
    public static MarkdownDocument ParseTolerant(string text, out bool flattened)
    {
        ArgumentNullException.ThrowIfNull(text);
        flattened = false;
        try
        {
            return Markdown.Parse(text, Default);
        }
        catch (ArgumentException)
        {
            flattened = true;
        }
        try
        {
            return Markdown.Parse(Flatten(text), Default);
        }
        catch (ArgumentException)
        {
            // Still too deep: no block structure at all; every line is then read as a paragraph.
            return new MarkdownDocument();
        }
    }

    /// <summary>Each line with its leading nesting markers cut to one and long runs of punctuation cut to one; every
    /// line keeps its own ending (LF, CRLF or a lone CR), so the line count is unchanged.</summary>
    internal static string Flatten(string text)
    {
        var lines = new SourceText(text);
        var sb = new StringBuilder(text.Length);
        for (var n = 1; n <= lines.LineCount; n++)
        {
            var l = NestingPrefix().Replace(lines.Line(n), m => m.Value.TrimStart().Length > 0 ? m.Value.TrimStart()[..1] + " " : "");
            l = PunctuationRun().Replace(l, m => m.Value[..1]);
            var end = lines.LineContentEnd(n);
            var next = n < lines.LineCount ? lines.LineStart(n + 1) : text.Length;
            sb.Append(l).Append(text, end, next - end);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:\s*(?:>|[-*+](?=\s)|[0-9]{1,9}[.)](?=\s)))+\s*")]
    private static partial Regex NestingPrefix();

    [GeneratedRegex(@"([^\w\s])\1{7,}|(?:[^\w\s]\s*){40,}")]
    private static partial Regex PunctuationRun();
}
