// A location in the source text: 1-based start and end line/column for people, offsets for tools; may cross lines.
namespace Debrief.Model;

/// <summary>A region of the source document. <see cref="Line"/> and <see cref="Column"/> are 1-based and say where it
/// starts; <see cref="EndLine"/> and <see cref="EndColumn"/> say where it ends (a fact read from a hard-wrapped
/// paragraph starts on one line and ends on another).</summary>
public readonly record struct SourceSpan(int Line, int Column, int Start, int Length)
{
    private readonly int _endLine;
    private readonly int _endColumn;

    /// <summary>The 1-based line of the span's last character. Unless set, the start line (a one-line span).</summary>
    public int EndLine
    {
        get => _endLine > 0 ? _endLine : Line;
        init => _endLine = value;
    }

    /// <summary>The 1-based column just after the span's last character, on <see cref="EndLine"/>. Unless set,
    /// <see cref="Column"/> + <see cref="Length"/> (a one-line span).</summary>
    public int EndColumn
    {
        get => _endLine > 0 ? _endColumn : Column + Length;
        init => _endColumn = value;
    }

    /// <summary>The offset just after the span.</summary>
    public int End => Start + Length;

    /// <summary>True when the span ends on a later line than it starts.</summary>
    public bool IsMultiLine => EndLine > Line;

    /// <summary>True when <paramref name="line"/> is one of the lines the span touches.</summary>
    public bool ContainsLine(int line) => IsKnown && line >= Line && line <= EndLine;

    /// <summary>The span from this one's start to <paramref name="last"/>'s end.</summary>
    public SourceSpan Through(SourceSpan last) =>
        new(Line, Column, Start, Math.Max(0, last.End - Start)) { EndLine = last.EndLine, EndColumn = last.EndColumn };

    /// <summary>Equal when start and end are the same, whether the end was set or follows from the length.</summary>
    public bool Equals(SourceSpan other) =>
        Line == other.Line && Column == other.Column && Start == other.Start && Length == other.Length
        && EndLine == other.EndLine && EndColumn == other.EndColumn;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Line, Column, Start, Length, EndLine, EndColumn);

    /// <summary>An empty span at the start of the document.</summary>
    public static SourceSpan None => new(0, 0, 0, 0);

    /// <summary>True when the span points at real source.</summary>
    public bool IsKnown => Line > 0;
}
