// A location in the source text: 1-based line and column for people, offsets for tools.
namespace Debrief.Model;

/// <summary>A region of the source document. <see cref="Line"/> and <see cref="Column"/> are 1-based.</summary>
public readonly record struct SourceSpan(int Line, int Column, int Start, int Length)
{
    /// <summary>The offset just after the span.</summary>
    public int End => Start + Length;

    /// <summary>An empty span at the start of the document.</summary>
    public static SourceSpan None => new(0, 0, 0, 0);

    /// <summary>True when the span points at real source.</summary>
    public bool IsKnown => Line > 0;
}
