// The key terms of a root-cause sentence (words that say what broke), used to find similar incidents.
namespace Debrief.Archive.Search;

/// <summary>Picks the content words of a sentence: no stop words, no numbers, no one- or two-letter words.</summary>
internal static class KeyTerms
{
    /// <summary>How many terms a similar-incident query uses.</summary>
    public const int MaxTerms = 12;

    // Function words and the words every postmortem uses about itself; they say nothing about the cause.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "due", "during", "each",
        "for", "from", "had", "has", "have", "having", "how", "however", "if", "in", "into", "is", "it", "its", "itself",
        "just", "more", "most", "no", "not", "now", "of", "on", "once", "only", "or", "other", "our", "out", "over",
        "same", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
        "where", "which", "while", "who", "why", "will", "with", "would", "you", "your", "caused", "cause", "root",
        "issue", "incident", "problem", "outage", "which", "led", "resulted", "result", "leading",
    };

    /// <summary>The distinct key terms of <paramref name="text"/>, in order of first appearance.</summary>
    public static IReadOnlyList<string> Of(string? text, int max = MaxTerms)
    {
        var terms = new List<string>();
        foreach (var word in SearchQuery.Words(text ?? ""))
        {
            if (word.Length < 3 || StopWords.Contains(word) || word.All(char.IsDigit) || terms.Contains(word))
                continue;
            terms.Add(word);
            if (terms.Count == max)
                break;
        }
        return terms;
    }

    /// <summary>Whether <paramref name="words"/> contain <paramref name="term"/> or a word with its stem (a rough stem:
    /// all but the last two letters of a long word, so "connections" shares "connection").</summary>
    public static bool Shares(string term, IReadOnlySet<string> words)
    {
        if (words.Contains(term))
            return true;
        var stem = term.Length > 5 ? term[..^2] : term;
        return words.Any(w => w.StartsWith(stem, StringComparison.Ordinal) && Math.Abs(w.Length - term.Length) <= 3);
    }
}
