// The one Markdig pipeline Debrief parses with, built once: YAML front matter, precise locations, pipe tables, task lists.
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace Debrief.Parsing;

/// <summary>Shared Markdig pipelines (thread-safe, built once).</summary>
public static partial class MarkdownPipelines
{
    /// <summary>CommonMark + YAML front matter + GitHub pipe tables + task lists, with precise source locations.</summary>
    public static MarkdownPipeline Default { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseTaskLists()
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

    /// <summary>Each line with its leading nesting markers cut to one and long runs of punctuation cut to one.</summary>
    internal static string Flatten(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var l = NestingPrefix().Replace(line, m => m.Value.TrimStart().Length > 0 ? m.Value.TrimStart()[..1] + " " : "");
            l = PunctuationRun().Replace(l, m => m.Value[..1]);
            sb.Append(l).Append('\n');
        }
        return sb.ToString(0, Math.Max(0, sb.Length - 1));
    }

    [GeneratedRegex(@"^(?:\s*(?:>|[-*+](?=\s)|[0-9]{1,9}[.)](?=\s)))+\s*")]
    private static partial Regex NestingPrefix();

    [GeneratedRegex(@"([^\w\s])\1{7,}|(?:[^\w\s]\s*){40,}")]
    private static partial Regex PunctuationRun();
}
