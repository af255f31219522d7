// Small text helpers the rules share: words, content words, sentences, similarity, matches over the parser's prose lines.
using System.Text.RegularExpressions;
using Debrief.Model;
using Debrief.Parsing;

namespace Debrief.Linting.Analysis;

/// <summary>A regex or phrase match located in the source: its text, its index in the line's prose
/// (<see cref="DocumentLine.Prose"/>, so the column is Index + 1), its span in the document, and (for regex matches)
/// the match with its groups.</summary>
public readonly record struct LocatedMatch(string Value, int Index, SourceSpan Span, DocumentLine Line, Match? RegexMatch = null)
{
    /// <summary>The prose of the match's line (what the match was found in).</summary>
    public string LineText => Line.Prose;

    /// <summary>A named group's text, or "" (phrase matches have no groups).</summary>
    public string Group(string name) => RegexMatch?.Groups[name].Value ?? "";
}

/// <summary>Word and sentence helpers.</summary>
public static partial class Prose
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "are", "was",
        "were", "be", "been", "it", "its", "this", "that", "these", "those", "all", "any", "our", "we", "us", "their", "they",
        "so", "such", "into", "onto", "via", "per", "than", "then", "also", "more", "most", "future", "new", "other", "regular",
        "regularly", "similar", "issues", "issue", "etc",
    };

    /// <summary>The words of a text (letters, digits, apostrophes, hyphens, dots and slashes inside tokens).</summary>
    public static IReadOnlyList<string> Words(string text) =>
        WordRegex().Matches(text ?? "").Select(m => m.Value).ToList();

    /// <summary>Lower-cased words that carry meaning (stop words removed).</summary>
    public static IReadOnlyList<string> ContentWords(string text) =>
        Words(text).Select(w => w.ToLowerInvariant()).Where(w => !StopWords.Contains(w)).ToList();

    /// <summary>Sentences, split on . ! ? followed by space and a capital/digit; abbreviations like "e.g." are not ends.</summary>
    public static IReadOnlyList<string> Sentences(string text)
    {
        var cleaned = (text ?? "").Trim();
        if (cleaned.Length == 0)
            return [];
        return SentenceEndRegex().Split(cleaned).Select(s => s.Trim()).Where(s => Words(s).Count > 0).ToList();
    }

    /// <summary>Jaccard similarity of content-word sets, 0..1.</summary>
    public static double Similarity(string a, string b)
    {
        var x = ContentWords(a).Select(Stem).ToHashSet();
        var y = ContentWords(b).Select(Stem).ToHashSet();
        if (x.Count == 0 || y.Count == 0)
            return 0;
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    /// <summary>A crude stem: plural and common suffixes removed, so "queries" ~ "query", "optimized" ~ "optimize".</summary>
    public static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        foreach (var suffix in new[] { "ies", "ing", "ed", "es", "s" })
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal))
                return w[..^suffix.Length];
        return w;
    }

    /// <summary>Matches of a pattern over the prose lines, optionally restricted to a region of the source.</summary>
    public static IEnumerable<LocatedMatch> Find(LintContext context, Regex pattern, SourceSpan? within = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pattern);
        foreach (var line in context.ProseLines)
        {
            var start = context.Text.LineStart(line.Number);
            if (within is { } w && (start + line.Prose.Length < w.Start || start >= w.End))
                continue;
            foreach (Match m in pattern.Matches(line.Prose))
                yield return new LocatedMatch(m.Value, m.Index, context.Text.At(line.Number, m.Index + 1, m.Length), line, m);
        }
    }

    /// <summary>Occurrences of a vocabulary's phrases over the prose lines.</summary>
    public static IEnumerable<LocatedMatch> Find(LintContext context, PhraseMatcher phrases)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var line in context.ProseLines)
            foreach (var m in phrases.Matches(line.Prose))
                yield return new LocatedMatch(m.Value, m.Index, context.Text.At(line.Number, m.Index + 1, m.Length), line);
    }

    /// <summary>The sentence of a line that contains a column (0-based index).</summary>
    public static string SentenceAround(string line, int index)
    {
        var start = index;
        while (start > 0 && !IsSentenceEnd(line, start - 1))
            start--;
        var end = index;
        while (end < line.Length && !IsSentenceEnd(line, end))
            end++;
        return line[start..Math.Min(line.Length, end + 1)].Trim();
    }

    private static bool IsSentenceEnd(string s, int i) =>
        s[i] is '.' or '!' or '?' or ';' && (i + 1 >= s.Length || char.IsWhiteSpace(s[i + 1]));

    /// <summary>True when the text contains a digit or a written-out quantity ("a third", "all users", "half").</summary>
    public static bool HasQuantity(string text) => QuantityRegex().IsMatch(text ?? "");

    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{N}'’_./-]*[\p{L}\p{N}])?")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\p{N}*_\[(""“])")]
    private static partial Regex SentenceEndRegex();

    [GeneratedRegex(@"\d|\b(?:all|every|no|none|half|quarter|third|most|majority|minority|few|several|dozens|hundreds|thousands|millions|billions|one|two|three|four|five|six|seven|eight|nine|ten|entire|whole|complete|total)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityRegex();
}
