// Finds whole-word, case-insensitive occurrences of any phrase of a word list in a text (vectorised multi-string search).
using System.Buffers;
using System.Globalization;

namespace Debrief.Parsing;

/// <summary>One occurrence of a phrase: where it starts in the searched text, how long it is there, and its text.</summary>
public readonly record struct PhraseMatch(int Index, int Length, string Value)
{
    /// <summary>False for the empty result of <see cref="PhraseMatcher.Match"/>.</summary>
    public bool Success => Value is not null;
}

/// <summary>How a phrase must be delimited to count as a whole word.</summary>
public enum PhraseBoundary
{
    /// <summary>No word character or hyphen on either side ("pre-check" does not contain "check").</summary>
    WordsAndHyphens,

    /// <summary>Only where the phrase itself begins or ends with a letter or digit: no word character or apostrophe
    /// before, no word character after ("'s fault" needs nothing before it; "forgot to" is not inside "unforgot tok").</summary>
    WordEdges,
}

/// <summary>Matches a list of phrases as whole words, case-insensitively; at each position the longest phrase wins.
/// Spaces in a phrase match any run of whitespace and ' matches ’, as a reader would expect. Equivalent to an
/// alternation regex, but linear: candidates come from <see cref="SearchValues{T}"/> (no regex interpreter).</summary>
public sealed class PhraseMatcher
{
    private readonly SearchValues<string>? _values;
    private readonly Dictionary<char, string[]> _byFirstChar = [];
    private readonly PhraseBoundary _boundary;

    /// <summary>Builds a matcher over the phrases (blank ones ignored).</summary>
    public PhraseMatcher(IEnumerable<string> phrases, PhraseBoundary boundary = PhraseBoundary.WordsAndHyphens)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _boundary = boundary;
        var normalised = phrases.Select(Normalise).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (normalised.Count == 0)
            return;
        _values = SearchValues.Create(normalised.ToArray(), StringComparison.OrdinalIgnoreCase);
        foreach (var group in normalised.GroupBy(p => char.ToLowerInvariant(p[0])))
            _byFirstChar[group.Key] = [.. group.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
    }

    /// <summary>The first match, or a match whose <see cref="PhraseMatch.Success"/> is false.</summary>
    public PhraseMatch Match(string text) => Matches(text).FirstOrDefault();

    /// <summary>The first matching phrase as written in the text, or null.</summary>
    public string? FirstMatch(string text) => Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>True when any phrase occurs in the text.</summary>
    public bool IsMatch(string text) => Match(text).Success;

    /// <summary>Every non-overlapping match, left to right.</summary>
    public IEnumerable<PhraseMatch> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_values is null || text.Length == 0)
            yield break;
        // Search a copy with whitespace runs collapsed and ’ read as ', mapping positions back to the original.
        var (searched, map) = Canonical(text);
        var at = 0;
        while (at < searched.Length)
        {
            var found = searched.AsSpan(at).IndexOfAny(_values);
            if (found < 0)
                yield break;
            var start = at + found;
            var length = LongestAt(searched, start);
            if (length == 0)
            {
                at = start + 1;
                continue;
            }
            var from = map is null ? start : map[start];
            var to = map is null ? start + length : map[start + length - 1] + 1;
            yield return new PhraseMatch(from, to - from, text[from..to]);
            at = start + length;
        }
    }

    private int LongestAt(string text, int start)
    {
        if (!_byFirstChar.TryGetValue(char.ToLowerInvariant(text[start]), out var candidates))
            return 0;
        foreach (var phrase in candidates)
        {
            if (!text.AsSpan(start).StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                continue;
            if (BoundaryBefore(text, start, phrase) && BoundaryAfter(text, start + phrase.Length, phrase))
                return phrase.Length;
        }
        return 0;
    }

    private bool BoundaryBefore(string text, int start, string phrase)
    {
        if (start == 0)
            return true;
        var c = text[start - 1];
        return _boundary == PhraseBoundary.WordsAndHyphens
            ? !IsWordChar(c) && c != '-'
            : !char.IsLetterOrDigit(phrase[0]) || (!IsWordChar(c) && c != '\'');
    }

    private bool BoundaryAfter(string text, int end, string phrase)
    {
        if (end >= text.Length)
            return true;
        var c = text[end];
        return _boundary == PhraseBoundary.WordsAndHyphens
            ? !IsWordChar(c) && c != '-'
            : !char.IsLetterOrDigit(phrase[^1]) || !IsWordChar(c);
    }

    /// <summary>A regex word character (\w): letters, non-spacing marks, decimal digits, connector punctuation.</summary>
    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.ConnectorPunctuation;

    private static string Normalise(string phrase)
    {
        var (canonical, _) = Canonical(phrase.Trim());
        return canonical;
    }

    /// <summary>The text with ’ as ' and each whitespace run as one space; map[i] is the original index of
    /// character i (null when nothing changed, the common case: no copy is made).</summary>
    private static (string Text, int[]? Map) Canonical(string text)
    {
        if (!NeedsCanonical(text))
            return (text, null);
        var chars = new System.Text.StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (chars.Length > 0 && chars[^1] == ' ' && i > 0 && char.IsWhiteSpace(text[i - 1]))
                    continue;
                c = ' ';
            }
            else if (c == '’')
            {
                c = '\'';
            }
            chars.Append(c);
            map.Add(i);
        }
        return (chars.ToString(), [.. map]);
    }

    private static bool NeedsCanonical(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '’' || (c != ' ' && char.IsWhiteSpace(c)) || (c == ' ' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
                return true;
        }
        return false;
    }
}
