// One source line with what the parser made of it: its block kind and its prose text without markup.
namespace Debrief.Model;

/// <summary>The kind of block a line belongs to.</summary>
public enum LineKind
{
    Blank,
    FrontMatter,
    Heading,
    Paragraph,
    ListItem,
    Table,
    Code,
    Html,
    ThematicBreak,
}

/// <summary>A source line as parsed.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Kind">Block kind of the line.</param>
/// <param name="Text">The prose of the line: markup, HTML tags, URLs and list markers removed.</param>
/// <param name="InList">True when the line is inside a list item.</param>
/// <param name="StartsListItem">True when a list item starts on this line.</param>
public sealed record DocumentLine(int Number, LineKind Kind, string Text, bool InList, bool StartsListItem)
{
    /// <summary>True for lines whose text is prose (not code, front matter, blank or a rule).</summary>
    public bool IsProse => Kind is LineKind.Heading or LineKind.Paragraph or LineKind.ListItem or LineKind.Table or LineKind.Html
        && Text.Length > 0;
}
