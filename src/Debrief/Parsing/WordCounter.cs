// The documented word count: prose words only (front matter, code blocks, HTML tags, URLs and markup excluded).
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Counts prose words.</summary>
public static class WordCounter
{
    /// <summary>Words in the prose lines: whitespace-separated tokens containing a letter or a digit.</summary>
    public static int Count(IEnumerable<DocumentLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines.Where(l => l.IsProse).Sum(l => Count(l.Text));
    }

    /// <summary>Words in a plain text.</summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        foreach (var token in text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
            if (token.Any(char.IsLetterOrDigit)) count++;
        return count;
    }
}
