// Recognises what a heading is about from the heading-synonyms vocabulary (Vocabulary/heading-synonyms.tsv).
using System.Text;
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>A heading's kind and the synonym that decided it.</summary>
public sealed record HeadingMatch(SectionKind Kind, string? Phrase, int ExtraWords);

/// <summary>Maps heading text to a <see cref="SectionKind"/> using the synonym list.</summary>
public static partial class HeadingClassifier
{
    private static readonly Lazy<IReadOnlyList<(string Phrase, SectionKind Kind)>> Synonyms = new(() =>
        Vocabularies.Rows("heading-synonyms.tsv")
            .Where(r => r.Length >= 2 && Enum.TryParse<SectionKind>(r[0], out _))
            .Select(r => (Normalize(r[1]), Enum.Parse<SectionKind>(r[0])))
            .OrderByDescending(r => r.Item1.Length)
            .ToList());

    private static readonly Lazy<HashSet<string>> VocabularyWords = new(() =>
        Synonyms.Value.SelectMany(s => s.Phrase.Split(' ')).Where(w => w.Length >= 5).ToHashSet(StringComparer.Ordinal));

    /// <summary>Classifies a heading ("2. Root Cause & Resolution:" → RootCauseAndResolution).</summary>
    public static HeadingMatch Classify(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var normalized = Normalize(heading);
        if (normalized.Length == 0) return new HeadingMatch(SectionKind.Other, null, 0);
        var match = Match(normalized) ?? Match(CorrectTypos(normalized));
        return match ?? new HeadingMatch(SectionKind.Other, null, normalized.Split(' ').Length);
    }

    /// <summary>Lower case; emoji, numbering, markup, parentheses and trailing punctuation removed; "&amp;" and "/" read as "and".</summary>
    public static string Normalize(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var s = heading.ToLowerInvariant();
        s = Parenthetical().Replace(s, " ");
        s = s.Replace("&", " and ", StringComparison.Ordinal).Replace("/", " and ", StringComparison.Ordinal)
             .Replace("+", " and ", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            sb.Append(char.IsLetterOrDigit(c) || c is '-' or '\'' or ';' ? c : ' ');
        s = sb.ToString();
        s = LeadingNumbering().Replace(s, " ");
        s = HtmlHeadingWord().Replace(s, " ");
        s = Spaces().Replace(s, " ").Trim().Trim('-', ';').Trim();
        return s;
    }

    private static HeadingMatch? Match(string normalized)
    {
        var words = normalized.Split(' ').Length;
        foreach (var (phrase, kind) in Synonyms.Value)
        {
            if (phrase.Length == 0) continue;
            if (normalized == phrase) return new HeadingMatch(kind, phrase, 0);
            var at = (" " + normalized + " ").IndexOf(" " + phrase + " ", StringComparison.Ordinal);
            if (at >= 0) return new HeadingMatch(kind, phrase, words - phrase.Split(' ').Length);
        }
        return null;
    }

    private static string CorrectTypos(string normalized)
    {
        var words = normalized.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length < 5 || VocabularyWords.Value.Contains(words[i])) continue;
            var fix = VocabularyWords.Value.FirstOrDefault(v => WithinOneEdit(v, words[i]));
            if (fix is not null) words[i] = fix;
        }
        return string.Join(' ', words);
    }

    /// <summary>True when one insertion, deletion or substitution (or none) turns a into b.</summary>
    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        if (a.Length - b.Length > 1) return false;
        var i = 0;
        while (i < b.Length && a[i] == b[i]) i++;
        // Skip the one differing character of a (deletion) or of both (substitution); the rest must be equal.
        return a.Length == b.Length ? a.AsSpan(i + Math.Min(1, a.Length - i)).SequenceEqual(b.AsSpan(i + Math.Min(1, b.Length - i)))
                                    : a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i));
    }

    [GeneratedRegex(@"\([^)]*\)?")] private static partial Regex Parenthetical();
    [GeneratedRegex(@"^\s*(?:0x[0-9a-f]+|[0-9]+(?:\s[0-9]+)*|[ivx]+(?=\s))\s")] private static partial Regex LeadingNumbering();
    [GeneratedRegex(@"^\s*h[1-6]\s")] private static partial Regex HtmlHeadingWord();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
}
