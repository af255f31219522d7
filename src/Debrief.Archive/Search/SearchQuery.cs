// A search query parsed from user input: words, "phrases", prefix* terms, OR, -exclusions. Never throws on any input.
using System.Text;

namespace Debrief.Archive.Search;

/// <summary>A word or a phrase. Words are lower-case runs of letters and digits, so no database syntax survives.</summary>
/// <param name="Words">One word, or the words of a phrase in order.</param>
/// <param name="Prefix">The last word is a prefix (<c>deploy*</c>).</param>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix)
{
    public override string ToString()
    {
        var body = string.Join(' ', Words);
        return (Words.Count > 1 ? $"\"{body}\"" : body) + (Prefix ? "*" : "");
    }
}

/// <summary>Terms of which one must match (more than one when joined by OR); a negated clause must not match.</summary>
public sealed record SearchClause(IReadOnlyList<SearchTerm> Alternatives, bool Negated)
{
    public override string ToString() => (Negated ? "-" : "") + (Alternatives.Count > 1 ? "(" + string.Join(" OR ", Alternatives) + ")" : Alternatives[0].ToString());
}

/// <summary>Every positive clause must match and no negated one.</summary>
public sealed record SearchQuery(IReadOnlyList<SearchClause> Clauses)
{
    /// <summary>Clauses are capped so a pasted essay cannot make a slow query.</summary>
    public const int MaxClauses = 16;
    /// <summary>Longer words are cut (no real word is longer; a long token only costs time).</summary>
    public const int MaxWordLength = 64;
    /// <summary>A prefix shorter than this matches too much; the word is then searched whole.</summary>
    public const int MinPrefixLength = 2;

    /// <summary>True when nothing can match: no positive clause.</summary>
    public bool IsEmpty => !Clauses.Any(c => !c.Negated);

    public override string ToString() => string.Join(' ', Clauses);

    /// <summary>Parses user input. Syntax: <c>word</c>, <c>"a phrase"</c>, <c>prefix*</c>, <c>a OR b</c>,
    /// <c>-word</c> or <c>NOT word</c>; <c>AND</c> is implied and accepted. An unbalanced quote runs to the end.
    /// Operators in the wrong place are ignored; punctuation inside a word splits it into a phrase (<c>can't</c>).</summary>
    public static SearchQuery Parse(string? input)
    {
        var tokens = Tokenize(input ?? "");
        var clauses = new List<SearchClause>();
        var pendingOr = false;
        var pendingNot = false;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Or)
            {
                pendingOr = clauses.Count > 0 && !clauses[^1].Negated;
                continue;
            }
            if (token.Kind == TokenKind.Not)
            {
                pendingNot = true;
                continue;
            }
            if (token.Kind == TokenKind.And)
                continue;
            var term = token.Term!;
            var negated = pendingNot || token.Negated;
            if (pendingOr && !negated)
            {
                var last = clauses[^1];
                clauses[^1] = last with { Alternatives = [.. last.Alternatives, term] };
            }
            else if (clauses.Count < MaxClauses)
            {
                clauses.Add(new SearchClause([term], negated));
            }
            pendingOr = false;
            pendingNot = false;
        }
        return new SearchQuery(clauses);
    }

    private enum TokenKind { Term, And, Or, Not }

    private sealed record Token(TokenKind Kind, SearchTerm? Term = null, bool Negated = false);

    private static List<Token> Tokenize(string input)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }
            var negated = false;
            if (input[i] == '-' && i + 1 < input.Length && !char.IsWhiteSpace(input[i + 1]))
            {
                negated = true;
                i++;
            }
            string raw;
            bool quoted;
            if (input[i] == '"')
            {
                var close = input.IndexOf('"', i + 1);
                raw = close < 0 ? input[(i + 1)..] : input[(i + 1)..close];
                i = close < 0 ? input.Length : close + 1;
                quoted = true;
            }
            else
            {
                var start = i;
                while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"')
                    i++;
                raw = input[start..i];
                quoted = false;
            }
            var prefix = false;
            if (quoted && i < input.Length && input[i] == '*')
            {
                prefix = true;
                i++;
            }
            else if (!quoted && raw.EndsWith('*'))
            {
                prefix = true;
            }
            if (!quoted && !negated)
            {
                var op = raw switch { "AND" or "&&" => TokenKind.And, "OR" or "||" or "|" => TokenKind.Or, "NOT" => TokenKind.Not, _ => TokenKind.Term };
                if (op != TokenKind.Term)
                {
                    tokens.Add(new Token(op));
                    continue;
                }
            }
            var words = Words(raw);
            if (words.Count == 0)
                continue;
            if (prefix && words[^1].Length < MinPrefixLength)
                prefix = false;
            tokens.Add(new Token(TokenKind.Term, new SearchTerm(words, prefix), negated));
        }
        return tokens;
    }

    /// <summary>The lower-case letter-and-digit runs of a piece of text.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (current.Length < MaxWordLength)
                    current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
            words.Add(current.ToString());
        return words;
    }
}
