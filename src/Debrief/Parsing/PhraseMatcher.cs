// Finds whole-word, case-insensitive occurrences of any phrase of a word list in a text.
using System.Text.RegularExpressions;

namespace Debrief.Parsing;

/// <summary>Matches a list of phrases as whole words (longest phrase first).</summary>
public sealed class PhraseMatcher
{
    private readonly Regex _regex;

    /// <summary>Builds a matcher over the phrases.</summary>
    public PhraseMatcher(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var alternatives = phrases
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace("\\ ", "\\s+", StringComparison.Ordinal));
        _regex = new Regex($@"(?<![\w-])(?:{string.Join('|', alternatives)})(?![\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The first matching phrase, or null.</summary>
    public string? FirstMatch(string text)
    {
        var m = _regex.Match(text);
        return m.Success ? m.Value : null;
    }

    /// <summary>True when any phrase occurs in the text.</summary>
    public bool IsMatch(string text) => _regex.IsMatch(text);

    /// <summary>Every match with its position.</summary>
    public IEnumerable<Match> Matches(string text) => _regex.Matches(text);
}
