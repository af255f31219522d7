// Line/column arithmetic over the source and an iterator over prose lines (front matter, code and comments skipped).
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Linting;

/// <summary>One line of prose: its number, its text (without the newline) and its offset in the source.</summary>
public readonly record struct ProseLine(int Number, string Text, int Start);

/// <summary>The source as lines, with offset ↔ line/column conversion.</summary>
public sealed partial class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, SourceSpan frontMatter = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n')
                starts.Add(i + 1);
        _lineStarts = [.. starts];
        ProseLines = ComputeProse(frontMatter);
    }

    /// <summary>The whole source.</summary>
    public string Text { get; }

    /// <summary>Number of lines.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Lines that hold prose: not front matter, fenced code or HTML comments.</summary>
    public IReadOnlyList<ProseLine> ProseLines { get; }

    /// <summary>The 1-based line containing an offset.</summary>
    public int LineOf(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, Math.Clamp(offset, 0, Text.Length));
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    /// <summary>Offset of the start of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string Line(int line)
    {
        var start = LineStart(line);
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\n', '\r');
    }

    /// <summary>A span for a region given by offsets.</summary>
    public SourceSpan Span(int start, int length)
    {
        start = Math.Clamp(start, 0, Text.Length);
        var line = LineOf(start);
        return new SourceSpan(line, start - LineStart(line) + 1, start, Math.Clamp(length, 0, Text.Length - start));
    }

    private List<ProseLine> ComputeProse(SourceSpan frontMatter)
    {
        var result = new List<ProseLine>();
        string? fence = null;
        var inComment = false;
        for (var n = 1; n <= LineCount; n++)
        {
            var start = LineStart(n);
            if (frontMatter.IsKnown && frontMatter.Length > 0 && start >= frontMatter.Start && start < frontMatter.End)
                continue;
            var text = Line(n);
            var trimmed = text.TrimStart();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                    fence = null;
                continue;
            }
            var fenceMatch = FenceRegex().Match(trimmed);
            if (fenceMatch.Success)
            {
                fence = fenceMatch.Value;
                continue;
            }
            if (inComment)
            {
                var close = text.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                    continue;
                inComment = false;
                text = new string(' ', close + 3) + text[(close + 3)..];
            }
            // Blank out HTML comments on the line so columns stay right.
            var open = text.IndexOf("<!--", StringComparison.Ordinal);
            while (open >= 0)
            {
                var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    text = text[..open];
                    inComment = true;
                    break;
                }
                text = text[..open] + new string(' ', close + 3 - open) + text[(close + 3)..];
                open = text.IndexOf("<!--", StringComparison.Ordinal);
            }
            result.Add(new ProseLine(n, text, start));
        }
        return result;
    }

    [GeneratedRegex(@"^(`{3,}|~{3,})")]
    private static partial Regex FenceRegex();
}
