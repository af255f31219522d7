// Offsets into a document's text <-> LSP positions: 0-based lines, UTF-16 columns; "\n", "\r\n" and "\r" each end a line (LSP 3.17).
using Debrief.Lsp.Protocol;

namespace Debrief.Lsp.Server;

/// <summary>The line starts of one text. .NET strings are UTF-16, so a column is an offset from the line start.</summary>
internal sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _starts;

    public LineMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            else if (c != '\r' && c != '\n')
                continue;
            starts.Add(i + 1);
        }
        _starts = [.. starts];
    }

    public int LineCount => _starts.Length;

    /// <summary>The position of an offset (clamped to the text).</summary>
    public Position PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var line = LineOf(offset);
        return new Position(line, offset - _starts[line]);
    }

    /// <summary>The 0-based line holding an offset.</summary>
    public int LineOf(int offset)
    {
        var i = Array.BinarySearch(_starts, Math.Clamp(offset, 0, _text.Length));
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The offset of a position. As LSP says: a line past the end means the end of the text, a column past
    /// the end of its line means the end of that line (before its line break).</summary>
    public int OffsetOf(Position position)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (position.Line < 0)
            return 0;
        if (position.Line >= _starts.Length)
            return _text.Length;
        var start = _starts[position.Line];
        return start + Math.Clamp(position.Character, 0, ContentEnd(position.Line) - start);
    }

    /// <summary>The offset where a line's text ends (before "\n", "\r\n" or "\r").</summary>
    public int ContentEnd(int line)
    {
        line = Math.Clamp(line, 0, _starts.Length - 1);
        var end = line + 1 < _starts.Length ? _starts[line + 1] : _text.Length;
        if (end > _starts[line] && line + 1 < _starts.Length)
        {
            end--; // the \n or lone \r
            if (_text[end] == '\n' && end > _starts[line] && _text[end - 1] == '\r')
                end--;
        }
        return end;
    }

    /// <summary>The offset where a line starts.</summary>
    public int LineStart(int line) => _starts[Math.Clamp(line, 0, _starts.Length - 1)];

    /// <summary>The range of a region given by offsets.</summary>
    public LspRange RangeOf(int start, int length)
    {
        start = Math.Clamp(start, 0, _text.Length);
        var end = Math.Clamp(start + Math.Max(0, length), start, _text.Length);
        return new LspRange(PositionOf(start), PositionOf(end));
    }

    /// <summary>The range of a whole line's text (0-based line), without its line break.</summary>
    public LspRange LineRange(int line)
    {
        line = Math.Clamp(line, 0, _starts.Length - 1);
        return new LspRange(new Position(line, 0), new Position(line, ContentEnd(line) - _starts[line]));
    }
}
