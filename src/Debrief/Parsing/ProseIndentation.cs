// Detects plain text pasted into a .md file: indented lines CommonMark reads as code that are really prose.
using System.Text;
using Markdig.Syntax;

namespace Debrief.Parsing;

/// <summary>Finds indented "code" blocks that are prose and gives a copy of the text with them dedented.</summary>
internal static class ProseIndentation
{
    private const string CodeCharacters = "{};=<>$\\|[]#@";

    /// <summary>
    /// The source with the lines of prose-like indented code blocks dedented (same number of lines, so line
    /// numbers still match the original), or null when there is nothing to dedent.
    /// </summary>
    public static string? Dedent(SourceText source, MarkdownDocument document)
    {
        var proseLines = new HashSet<int>();
        foreach (var block in document.Descendants<CodeBlock>())
        {
            if (block is FencedCodeBlock) continue;
            var (first, last) = LineClassifier.LinesOf(source, block);
            var text = new StringBuilder();
            for (var n = first; n <= last; n++) text.AppendLine(source.Line(n));
            if (!LooksLikeProse(text.ToString())) continue;
            for (var n = first; n <= last; n++) proseLines.Add(n);
        }
        if (proseLines.Count == 0) return null;
        var result = new StringBuilder(source.Text.Length);
        for (var n = 1; n <= source.LineCount; n++)
        {
            var line = source.Line(n);
            result.Append(proseLines.Contains(n) ? line.TrimStart() : line);
            result.Append('\n');
        }
        return result.ToString();
    }

    /// <summary>Prose: mostly letters and spaces, words of ordinary length, few code characters.</summary>
    internal static bool LooksLikeProse(string text)
    {
        var letters = 0; var code = 0; var total = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            total++;
            if (char.IsLetter(c)) letters++;
            else if (CodeCharacters.Contains(c)) code++;
        }
        if (total == 0) return false;
        var words = text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var wordy = words.Count(w => w.Count(char.IsLetter) >= 2);
        return letters >= 0.7 * total && code <= 0.03 * total && wordy >= 2 && wordy >= 0.6 * words.Length;
    }
}
