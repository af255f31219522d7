// Turns one line of Markdown/HTML into its prose: markup, tags, images, URLs and list markers removed (Plain), or the
// same exclusions blanked in place so columns still point into the source (Blank).
using System.Net;
using System.Text.RegularExpressions;

namespace Debrief.Parsing;

/// <summary>Removes Markdown and HTML markup from a line, keeping the words a reader reads.</summary>
public static partial class MarkupStripper
{
    /// <summary>The prose of a line.</summary>
    public static string Plain(string line) => Plain(line, keepUrls: false);

    /// <summary>The text without the decoration an author puts before a fact: emoji and other symbols, joiners,
    /// dashes, colons and spaces ("🚫 Clients could not..." → "Clients could not..."). What is left is the fact.</summary>
    public static string WithoutLeadingSymbols(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length)
        {
            var rune = System.Text.Rune.GetRuneAt(text, i);
            var category = System.Text.Rune.GetUnicodeCategory(rune);
            if (category is System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.Format
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpaceSeparator
                or System.Globalization.UnicodeCategory.DashPunctuation || rune.Value is 0xFE0F or 0x200D or 0x3A)
                i += rune.Utf16SequenceLength;
            else break;
        }
        return text[i..].Trim();
    }

    /// <summary>The prose of a sentence or paragraph with its bare URLs kept ("see https://status.example.com"): a
    /// fact shows where it points.</summary>
    public static string PlainKeepingUrls(string text) => Plain(text, keepUrls: true);

    private static string Plain(string line, bool keepUrls)
    {
        ArgumentNullException.ThrowIfNull(line);
        var s = line;
        s = HtmlComment().Replace(s, " ");
        s = Image().Replace(s, " ");
        s = HtmlImage().Replace(s, " ");
        s = Link().Replace(s, "$1");
        s = ReferenceLink().Replace(s, "$1");
        s = ReferenceDefinition().Replace(s, "");
        s = keepUrls ? AutoLink().Replace(s, m => m.Value[1..^1]) : AutoLink().Replace(s, " ");
        s = HtmlTag().Replace(s, " ");
        if (!keepUrls) s = BareUrl().Replace(s, " ");
        s = s.Contains('&') ? WebUtility.HtmlDecode(s).Replace('\u00a0', ' ') : s;
        s = HeadingMarker().Replace(s, "");
        s = ClosingHashes().Replace(s, "");
        s = QuoteMarker().Replace(s, "");
        s = ListMarker().Replace(s, "");
        s = TaskMarker().Replace(s, "");
        s = TableSeparatorRow().IsMatch(s) ? "" : s;
        s = s.Replace('|', ' ');
        s = StrongEmphasis().Replace(s, "");
        s = SingleEmphasis().Replace(s, "");
        s = s.Replace("`", "", StringComparison.Ordinal).Replace("~~", "", StringComparison.Ordinal);
        s = EmojiShortcode().Replace(s, " ");
        s = Spaces().Replace(s, " ");
        return s.Trim();
    }

    /// <summary>
    /// The line with what is not prose replaced by spaces, the same exclusions as <see cref="Plain"/> (HTML comments,
    /// images, link destinations, reference definitions, autolinks, HTML tags, bare URLs) but the same length, so a
    /// column in the result is a column in the source. Link text stays where it is written.
    /// </summary>
    public static string Blank(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.IndexOfAny(['<', '[', ':']) < 0 && !line.Contains("www.", StringComparison.OrdinalIgnoreCase)) return line;
        var s = line;
        s = HtmlComment().Replace(s, Spaces);
        s = Image().Replace(s, Spaces);
        s = HtmlImage().Replace(s, Spaces);
        s = Link().Replace(s, KeepText);
        s = ReferenceLink().Replace(s, KeepText);
        s = ReferenceDefinition().Replace(s, Spaces);
        s = AutoLink().Replace(s, Spaces);
        s = HtmlTag().Replace(s, Spaces);
        s = BareUrl().Replace(s, Spaces);
        return s;
    }

    /// <summary>True when the line opens an HTML comment it does not close (the comment goes on on the next lines).</summary>
    public static bool LeavesCommentOpen(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var open = line.IndexOf("<!--", StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = line.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0) return true;
            open = line.IndexOf("<!--", close + 3, StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>The line with the end of a comment opened on an earlier line blanked (up to "-->", or all of it);
    /// <paramref name="closed"/> tells whether the comment ends on this line.</summary>
    public static string BlankCommentContinuation(string line, out bool closed)
    {
        ArgumentNullException.ThrowIfNull(line);
        var close = line.IndexOf("-->", StringComparison.Ordinal);
        closed = close >= 0;
        return closed ? new string(' ', close + 3) + line[(close + 3)..] : new string(' ', line.Length);
    }

    private static string Spaces(Match m) => new(' ', m.Length);

    // "[text](url)" -> " text      ": the text keeps its columns.
    private static string KeepText(Match m)
    {
        var text = m.Groups[1];
        return new string(' ', text.Index - m.Index) + text.Value + new string(' ', m.Index + m.Length - text.Index - text.Length);
    }

    /// <summary>Removes a leading list marker ("- ", "1. ", "• ") from a plain line.</summary>
    public static string WithoutListMarker(string text) => ListMarker().Replace(text, "");

    [GeneratedRegex(@"<!--.*?(?:-->|$)")] private static partial Regex HtmlComment();
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)?|!\[[^\]]*\]\[[^\]]*\]")] private static partial Regex Image();
    [GeneratedRegex(@"<img\b[^>]*>", RegexOptions.IgnoreCase)] private static partial Regex HtmlImage();
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"\[([^\]]+)\]\[[^\]]*\]")] private static partial Regex ReferenceLink();
    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")] private static partial Regex ReferenceDefinition();
    [GeneratedRegex(@"<(?:https?|mailto|ftp):[^>\s]*>", RegexOptions.IgnoreCase)] private static partial Regex AutoLink();
    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")] private static partial Regex HtmlTag();
    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.IgnoreCase)] private static partial Regex BareUrl();
    [GeneratedRegex(@"^\s{0,3}#{1,6}(?:\s+|$)")] private static partial Regex HeadingMarker();
    [GeneratedRegex(@"\s+#+\s*$")] private static partial Regex ClosingHashes();
    [GeneratedRegex(@"^\s*(?:>\s?)+")] private static partial Regex QuoteMarker();
    [GeneratedRegex(@"^\s*(?:[-*+•●▪◦‣∙·]|[0-9]{1,3}[.)])(?:\s+|$)")] private static partial Regex ListMarker();
    [GeneratedRegex(@"^\[[ xX]\]\s+")] private static partial Regex TaskMarker();
    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")] private static partial Regex TableSeparatorRow();
    [GeneratedRegex(@"\*\*|__")] private static partial Regex StrongEmphasis();
    [GeneratedRegex(@"(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")] private static partial Regex SingleEmphasis();
    [GeneratedRegex(@"(?<![\w:]):[a-z0-9_+-]+:(?![\w:])")] private static partial Regex EmojiShortcode();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
}
