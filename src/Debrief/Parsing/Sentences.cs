// Splits prose into sentences where a reader would stop: not inside "14.04", "$2.7m", "v1.7.30", "config.yaml", URLs
// or code, not after "e.g.", "Dr.", "approx.", and after "etc.", "a.m.", "U.S." or an initial only when a new sentence starts.
namespace Debrief.Parsing;

/// <summary>A sentence of a text: where it starts and how long it is, surrounding whitespace excluded.</summary>
public readonly record struct SentenceRange(int Start, int Length)
{
    /// <summary>The offset just after the sentence (after its full stop and any closing quote or bracket).</summary>
    public int End => Start + Length;
}

/// <summary>
/// A rule-based English sentence splitter for postmortem prose, plain or Markdown. A full stop, "!", "?" or an
/// ellipsis ends a sentence when whitespace (or the end) follows it, possibly after closing quotes, brackets or
/// emphasis, and the next word does not carry the sentence on (a lower-case word; a name after "Dr."; a number
/// after "No." or "Jan."). Inline code, link destinations, HTML tags and URLs are never split. A blank line always
/// ends a sentence. No library in the package list does this for .NET without a model download, hence hand-written.
/// </summary>
public static class Sentences
{
    // Never the last word of a sentence: "e.g.", "i.e.", "vs.", "approx.", "cf." are always followed by more.
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "eg", "i.e", "ie", "vs", "cf", "viz", "approx", "appr", "incl", "esp", "resp", "w.r.t", "wrt", "a.k.a", "aka", "ca", "circa",
    };

    // Titles before a name: "Dr. Smith" never ends at the full stop when a capitalised word follows.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "gen", "capt", "cpt", "lt", "col", "sgt", "gov", "sen", "rep", "mt", "messrs",
    };

    // Abbreviations that take a number: "No. 5", "Fig. 3", "Jan. 12", "p. 4", "ver. 2".
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "nr", "fig", "figs", "vol", "vols", "p", "pp", "sec", "sect", "ch", "chap", "ver", "rev", "ref", "art", "eq",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tel", "ext", "pt",
    };

    // Abbreviations that may end a sentence or not: "etc.", "a.m.", "U.S.", "Inc.". They end one only when the next
    // word is one that usually opens a sentence ("The", "We", "It") or a number.
    private static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        "etc", "a.m", "p.m", "am", "pm", "inc", "ltd", "corp", "co", "jr", "sr", "st", "al", "bros", "dept", "govt", "univ", "assn",
    };

    // Words that commonly open a sentence; after an ambiguous abbreviation they mean the sentence has ended.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "A", "About", "After", "Afterwards", "Again", "All", "Also", "Although", "An", "And", "Another", "Any", "Around", "As", "At",
        "Because", "Before", "Both", "But", "By", "Customers", "During", "Each", "Eventually", "Every", "Everything", "Finally",
        "First", "For", "From", "Fortunately", "He", "Her", "His", "How", "However", "I", "If", "In", "Initially", "It", "Its",
        "Later", "Luckily", "Many", "Meanwhile", "Most", "My", "Next", "No", "None", "Nothing", "Now", "Of", "On", "Once", "One",
        "Only", "Our", "Overall", "Second", "She", "Since", "So", "Some", "Soon", "Still", "That", "The", "Their", "Then", "There",
        "These", "They", "This", "Those", "Thus", "To", "Today", "Unfortunately", "Until", "Users", "We", "What", "When", "Where",
        "Which", "While", "Who", "Why", "With", "Within", "Yes", "You", "Your",
    };

    /// <summary>The sentences of <paramref name="text"/>, in order, each trimmed; none for blank text.</summary>
    public static IReadOnlyList<SentenceRange> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<SentenceRange>();
        var start = SkipWhitespace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            int skipped;
            if (c == '<' && LineBreakTag(text, i) is > 0 and var tagEnd && LabelAt(text, SkipWhitespace(text, tagEnd)))
            {
                // "Component: web site<br> Date/time: 21:14": fields run together on one line with HTML breaks.
                Add(result, text, start, i);
                start = i = SkipWhitespace(text, tagEnd);
                continue;
            }
            if ((skipped = SkipUnsplittable(text, i)) > i)
            {
                i = skipped;
                continue;
            }
            if (c == '\n' && BlankLineAfter(text, i))
            {
                Add(result, text, start, i);
                start = i = SkipWhitespace(text, i);
                continue;
            }
            if (IsTerminal(c) && EndsAt(text, start, i, out var end))
            {
                Add(result, text, start, end);
                start = i = SkipBreaks(text, SkipWhitespace(text, end));
                continue;
            }
            i++;
        }
        Add(result, text, start, text.Length);
        return result;
    }

    /// <summary>The texts of the sentences of <paramref name="text"/>.</summary>
    public static IEnumerable<string> Texts(string text) => Split(text).Select(s => text.Substring(s.Start, s.Length));

    /// <summary>The sentence that contains <paramref name="index"/> (or the nearest one before it, when the index
    /// falls between sentences); an empty range at the index for blank text.</summary>
    public static SentenceRange Around(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = Split(text);
        var found = new SentenceRange(Math.Clamp(index, 0, text.Length), 0);
        foreach (var s in sentences)
        {
            if (s.Start > index) break;
            found = s;
        }
        return found;
    }

    /// <summary>The leading whole sentences of <paramref name="text"/> that fit in <paramref name="max"/> characters; the
    /// first sentence is kept whole even when longer, up to twice <paramref name="max"/>; past that (a paragraph
    /// without full stops) the text is cut at a word and ends with "…".</summary>
    public static string Leading(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length <= max) return t;
        var sentences = Split(t);
        var end = sentences[0].End;
        foreach (var sentence in sentences.Skip(1))
        {
            if (sentence.End > max) break;
            end = sentence.End;
        }
        if (end <= 2 * max) return t[..end];
        var space = t.LastIndexOf(' ', max - 1);
        return t[..(space > max / 2 ? space : max - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>True when <paramref name="text"/> ends with a finished sentence (its last sentence has a full stop,
    /// "!", "?" or an ellipsis, possibly inside closing quotes, brackets or emphasis).</summary>
    public static bool EndsSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = text.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || IsCloser(text[i]))) i--;
        return i >= 0 && IsTerminal(text[i]);
    }

    private static void Add(List<SentenceRange> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new SentenceRange(start, end - start));
    }

    /// <summary>True when the stop at <paramref name="i"/> ends the sentence begun at <paramref name="start"/>;
    /// <paramref name="end"/> is then just after the stop and its closing quotes or brackets.</summary>
    private static bool EndsAt(string text, int start, int i, out int end)
    {
        var j = i;
        while (j < text.Length && IsTerminal(text[j])) j++;
        var stops = text.AsSpan(i, j - i);
        while (j < text.Length && IsCloser(text[j])) j++;
        end = j;
        var k = SkipBreaks(text, j);
        if (k == j && j < text.Length && !char.IsWhiteSpace(text[j]))
            return MissingSpace(text, i, j); // "14.04", "$2.7m", "config.yaml", "e.g.,", "U.S.-based"; but "users.An outage"
        k = SkipWhitespace(text, k);
        if (k >= text.Length) return true;
        var t = k;
        var code = false;
        while (t < text.Length && IsOpener(text[t])) code |= text[t++] == '`';
        if (t >= text.Length) return true;
        var next = NextWord(text, t);
        // A lower-case word carries the sentence on ("e.g. the API", "waited... and waited"), unless it is code
        // or a name written in lower case with a capital inside ("iOS", "eBay").
        var continues = char.IsLower(text[t]) && !code && !next.Any(char.IsUpper);
        if (stops.Contains('!') || stops.Contains('?') || stops.Length > 1 || stops[0] == '…')
            return !continues;
        if (continues) return false;

        var word = WordBefore(text, i);
        if (word.Length == 0) return true;
        if (NeverFinal.Contains(word)) return false;
        var opener = Openers.Contains(next) || char.IsDigit(text[t]);
        if (Titles.Contains(word)) return !char.IsUpper(text[t]) && !char.IsDigit(text[t]);
        if (BeforeNumber.Contains(word) && char.IsDigit(text[t])) return false;
        if (Ambiguous.Contains(word) || IsInitials(word)) return opener;
        // "1. Restart the server." at the start of a sentence numbers it; it does not end it.
        if (word.Length <= 2 && word.All(char.IsAsciiDigit) && i - word.Length == start) return false;
        return true;
    }

    /// <summary>"users.An outage followed": a full stop typed without its space, between a lower-case word and a word
    /// that usually opens a sentence (never in "window.fetch", "TypedTreePickle.fs" or "System.IO").</summary>
    private static bool MissingSpace(string text, int i, int j)
    {
        if (j != i + 1 || i == 0 || !char.IsLower(text[i - 1]) || !char.IsUpper(text[j])) return false;
        var next = NextWord(text, j);
        return next.Length > 1 && Openers.Contains(next) && char.IsLower(next[1]);
    }

    /// <summary>Past HTML line breaks and closing block tags after a stop ("hours.&lt;br&gt; Component"), which read
    /// as whitespace; <paramref name="j"/> itself when there is none.</summary>
    private static int SkipBreaks(string text, int j)
    {
        while (j < text.Length && text[j] == '<' && LineBreakTag(text, j) is > 0 and var end)
            j = SkipWhitespace(text, end);
        return j;
    }

    /// <summary>The offset after "&lt;br&gt;", "&lt;br/&gt;", "&lt;/p&gt;", "&lt;/li&gt;" or "&lt;/div&gt;" at <paramref name="i"/>, or 0.</summary>
    private static int LineBreakTag(string text, int i)
    {
        var close = text.IndexOf('>', i);
        if (close < 0 || close - i > 8) return 0;
        var tag = text.AsSpan(i + 1, close - i - 1).Trim().TrimEnd('/').Trim();
        return tag.Equals("br", StringComparison.OrdinalIgnoreCase) || tag.Equals("/p", StringComparison.OrdinalIgnoreCase)
            || tag.Equals("/li", StringComparison.OrdinalIgnoreCase) || tag.Equals("/div", StringComparison.OrdinalIgnoreCase)
            ? close + 1 : 0;
    }

    /// <summary>A capitalised label of up to four words and a colon at <paramref name="i"/> ("Date/time:", "User impact:").</summary>
    private static bool LabelAt(string text, int i)
    {
        if (i >= text.Length || !char.IsUpper(text[i])) return false;
        var words = 1;
        for (var k = i; k < text.Length && k - i <= 40; k++)
        {
            var c = text[k];
            if (c == ':') return k + 1 >= text.Length || char.IsWhiteSpace(text[k + 1]);
            if (c == ' ' && ++words > 4) return false;
            if (!char.IsLetter(c) && c is not (' ' or '/' or '-' or '&' or '\'')) return false;
        }
        return false;
    }

    /// <summary>Past inline code, a link destination, an HTML tag or autolink, or a URL starting at <paramref name="i"/>;
    /// <paramref name="i"/> itself when none starts there.</summary>
    private static int SkipUnsplittable(string text, int i)
    {
        var c = text[i];
        if (c == '`')
        {
            var run = 1;
            while (i + run < text.Length && text[i + run] == '`') run++;
            var close = text.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
            return close < 0 ? i + run : close + run;
        }
        if (c == ']' && i + 1 < text.Length && text[i + 1] == '(')
        {
            var close = text.IndexOf(')', i + 2);
            return close < 0 ? i + 1 : close + 1;
        }
        if (c == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
        {
            var close = text.IndexOf('>', i + 1);
            var space = text.IndexOf('\n', i + 1);
            return close < 0 || (space >= 0 && space < close) ? i + 1 : close + 1;
        }
        if (IsUrlStart(text, i))
        {
            var e = i;
            while (e < text.Length && !char.IsWhiteSpace(text[e]) && text[e] is not ('<' or '>' or '"' or '`')) e++;
            // Punctuation at the end of a URL belongs to the sentence ("see https://example.com/a.b."); so does a
            // closing bracket that the URL did not open.
            while (e > i)
            {
                var last = text[e - 1];
                if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*' or '_' or '…') { e--; continue; }
                if (last is ')' && Count(text, i, e, '(') < Count(text, i, e, ')')) { e--; continue; }
                if (last is ']' && Count(text, i, e, '[') < Count(text, i, e, ']')) { e--; continue; }
                break;
            }
            return Math.Max(e, i + 1);
        }
        return i;
    }

    private static int Count(string text, int from, int to, char c)
    {
        var n = 0;
        for (var i = from; i < to; i++) if (text[i] == c) n++;
        return n;
    }

    private static bool IsUrlStart(string text, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '/' or '@')) return false;
        var rest = text.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The abbreviation-like word that ends at the stop at <paramref name="i"/>: letters, digits and inner
    /// dots ("e.g", "U.S", "a.m", "Dr", "v1.7.30"), without a leading "(" or quote.</summary>
    private static string WordBefore(string text, int i)
    {
        var s = i;
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || (text[s - 1] == '.' && s - 1 > 0 && char.IsLetterOrDigit(text[s - 2])))) s--;
        return text[s..i];
    }

    /// <summary>"J", "U.S", "R.F.C": single capital letters, each followed by a dot except the last (lower-case ones,
    /// "a.m" and "e.g", are in the lists above; "a.b" is a file name).</summary>
    private static bool IsInitials(string word)
    {
        if (word.Length == 0 || word.Length % 2 == 0) return false;
        for (var k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsUpper(word[k]) : word[k] != '.') return false;
        }
        return true;
    }

    private static string NextWord(string text, int t)
    {
        var e = t;
        while (e < text.Length && char.IsLetterOrDigit(text[e])) e++;
        return text[t..e];
    }

    private static bool BlankLineAfter(string text, int i)
    {
        for (var k = i + 1; k < text.Length; k++)
        {
            if (text[k] == '\n') return true;
            if (!char.IsWhiteSpace(text[k])) return false;
        }
        return false;
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>What may close a sentence after its stop: quotes, brackets, emphasis.</summary>
    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '*' or '_' or '~';

    /// <summary>What may open a sentence before its first word: quotes, brackets, emphasis, code.</summary>
    private static bool IsOpener(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '(' or '[' or '*' or '_' or '`' or '~' or '#' or '-' or '–' or '—' or '•';
}
