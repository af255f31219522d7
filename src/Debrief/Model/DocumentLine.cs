// One source line with what the parser made of it: its block kind, its prose in place (columns kept) and as plain text.
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

/// <summary>
/// A source line as parsed: the one prose model that the word count, the extractors and the lint rules all read.
/// Front matter, code blocks (fenced, or indented unless pasted plain text), HTML comments (also over several lines),
/// HTML tags and link and image URLs are not prose.
/// </summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Kind">Block kind of the line.</param>
/// <param name="Text">The prose of the line as plain text: markup, HTML tags, URLs and list markers removed.</param>
/// <param name="InList">True when the line is inside a list item.</param>
/// <param name="StartsListItem">True when a list item starts on this line.</param>
public sealed record DocumentLine(int Number, LineKind Kind, string Text, bool InList, bool StartsListItem)
{
    /// <summary>
    /// The line as written with everything that is not prose replaced by spaces (same length as the source line, so
    /// an index in it is a column in the source: column = index + 1). Empty for code, front matter, blank lines and rules.
    /// </summary>
    public string Prose { get; init; } = "";

    /// <summary>True for lines whose text is prose (not code, front matter, blank or a rule).</summary>
    public bool IsProse => Kind is LineKind.Heading or LineKind.Paragraph or LineKind.ListItem or LineKind.Table or LineKind.Html
        && Text.Length > 0;
}
