// The one line index of a document: offsets <-> 1-based lines and columns, each line's text without its ending ("\n", "\r\n" or a lone "\r").
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>
/// Line index over a source text. Lines are 1-based. Parser, rules, fixes and output formatters all use this one index,
/// so a document gets the same lines and columns whether it ends its lines with LF, CRLF, a lone CR or a mix.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Indexes <paramref name="text"/>; "\n", "\r\n" and "\r" end lines.</summary>
    public SourceText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        // A final line ending does not open a new (empty) line.
        if (starts.Count > 1 && starts[^1] == text.Length) starts.RemoveAt(starts.Count - 1);
        _lineStarts = [.. starts];
        NewLine = FirstLineEnding(text);
    }

    /// <summary>The document's line ending (its first one; "\n" when it has none), for text inserted by fixes.</summary>
    public string NewLine { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>Number of lines (an empty text has one empty line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Offset where a 1-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>Offset just after the line's content (before its ending).</summary>
    public int LineContentEnd(int line)
    {
        var end = line < LineCount ? _lineStarts[line] : Text.Length;
        while (end > _lineStarts[line - 1] && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return end;
    }

    /// <summary>The text of a 1-based line without its ending.</summary>
    public string Line(int line) => Text[LineStart(line)..LineContentEnd(line)];

    /// <summary>The 1-based line containing an offset.</summary>
    public int LineOf(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, Math.Clamp(offset, 0, Math.Max(0, Text.Length)));
        return i >= 0 ? i + 1 : ~i;
    }

    /// <summary>A span covering whole lines <paramref name="first"/>..<paramref name="last"/> (content only).</summary>
    public SourceSpan Lines(int first, int last)
    {
        first = Math.Clamp(first, 1, LineCount);
        last = Math.Clamp(last, first, LineCount);
        var start = LineStart(first);
        var end = LineContentEnd(last);
        return new SourceSpan(first, 1, start, end - start) { EndLine = last, EndColumn = end - LineStart(last) + 1 };
    }

    /// <summary>A span from offset <paramref name="start"/> to just before <paramref name="end"/>, which may cross lines.</summary>
    public SourceSpan Between(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        var line = LineOf(start);
        var endLine = end > start ? LineOf(end - 1) : line;
        return new SourceSpan(line, start - LineStart(line) + 1, start, end - start) { EndLine = endLine, EndColumn = end - LineStart(endLine) + 1 };
    }

    /// <summary>A span for the region at <paramref name="start"/> (an offset), with its line and column.</summary>
    public SourceSpan Span(int start, int length)
    {
        start = Math.Clamp(start, 0, Text.Length);
        var line = LineOf(start);
        return new SourceSpan(line, start - LineStart(line) + 1, start, Math.Clamp(length, 0, Text.Length - start));
    }

    /// <summary>A span of <paramref name="length"/> characters at a column of a line.</summary>
    public SourceSpan At(int line, int column, int length)
    {
        var start = LineStart(line) + column - 1;
        return new SourceSpan(line, column, start, Math.Max(0, Math.Min(length, Text.Length - start)));
    }

    private static string FirstLineEnding(string text)
    {
        var i = text.AsSpan().IndexOfAny('\r', '\n');
        if (i < 0 || text[i] == '\n') return "\n";
        return i + 1 < text.Length && text[i + 1] == '\n' ? "\r\n" : "\r";
    }
}
