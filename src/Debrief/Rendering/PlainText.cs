// Turns entry and fact text into clean plain text and short diagram labels (markup, emoji and filler removed).
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Debrief.Rendering;

/// <summary>Plain-text helpers for labels and card text.</summary>
public static partial class PlainText
{
    /// <summary>The longest diagram label, in characters (the time is drawn separately).</summary>
    public const int MaxLabelLength = 32;

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"[*`]+|~~|(?<!\w)_+|_+(?!\w)|<[^>]{1,200}>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:[-–—:|,.;]\s*)+")]
    private static partial Regex LeadingPunctuation();

    /// <summary>Markdown emphasis, code ticks, links and HTML tags removed; whitespace collapsed.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = MarkdownLink().Replace(text, "$1");
        s = Markup().Replace(s, "");
        s = Spaces().Replace(s, " ").Trim();
        return s;
    }

    /// <summary><see cref="Clean"/>, or null when nothing is left.</summary>
    public static string? CleanOrNull(string? text)
    {
        if (text is null) return null;
        var s = Clean(text);
        return s.Length == 0 ? null : s;
    }

    /// <summary>The most characters of whole sentences the summary card shows for one fact.</summary>
    public const int MaxCardLength = 320;

    /// <summary>Clean text for the summary card: markup and leading emoji or bullet decoration removed, and as many
    /// whole sentences as fit in <paramref name="max"/> characters (always the first sentence whole, unless it alone
    /// runs past twice that; only then is it cut at a word, with "…"); null when empty.</summary>
    public static string? CardText(string? text, int max = MaxCardLength)
    {
        if (text is null) return null;
        var s = Parsing.MarkupStripper.WithoutLeadingSymbols(Clean(text));
        return s.Length == 0 ? null : Parsing.Sentences.Leading(s, max);
    }

    /// <summary>A few leading words of the text, cut at a word boundary, without emoji or leading punctuation.</summary>
    public static string ShortLabel(string text, int max = MaxLabelLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = LeadingPunctuation().Replace(WithoutSymbols(Clean(text)).Trim(), "");
        // The first clause usually says what happened ("Rolled back the deploy; errors dropped").
        var cut = s.IndexOfAny(['.', ';', '(', '—', '–']);
        if (cut > 8) s = s[..cut];
        s = s.Trim().TrimEnd(',', ':', '-');
        if (s.Length <= max) return s;
        var space = s.LastIndexOf(' ', max - 1);
        var head = space > max / 2 ? s[..space] : s[..(max - 1)];
        return head.TrimEnd(',', ':', '-', ' ') + "…";
    }

    /// <summary>Removes emoji and other pictographic symbols (they render unevenly and add no meaning to a label).</summary>
    public static string WithoutSymbols(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
                continue;
            if (rune.Value is 0xFE0F or 0x200D) continue;
            sb.Append(rune.ToString());
        }
        return Spaces().Replace(sb.ToString(), " ");
    }
}
