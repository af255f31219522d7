// PhraseMatcher: whole-word, case-insensitive, longest-first phrase search, checked against the regex it replaced.
using System.Text.RegularExpressions;
using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

public class PhraseMatcherTests
{
    private static readonly string[] Phrases = ["should have", "forgot to", "'s fault", "human error", "error", "roll back", "rolled back", "rollback", "a"];

    [Theory]
    [InlineData("The engineer SHOULD HAVE known.", "SHOULD HAVE")]
    [InlineData("It was Bob’s fault.", "’s fault")]
    [InlineData("caused by human \t error", "human \t error")]
    [InlineData("we rolled back at 10:02", "rolled back")]
    [InlineData("an error-budget burn", "error")]
    [InlineData("errors everywhere", null)]
    [InlineData("the human error rate", "human error")]
    [InlineData("", null)]
    public void Finds_the_longest_whole_phrase(string text, string? expected)
    {
        var matcher = new PhraseMatcher(Phrases, PhraseBoundary.WordEdges);
        Assert.Equal(expected, matcher.FirstMatch(text));
    }

    [Fact]
    public void Hyphens_are_word_characters_for_the_default_boundary()
    {
        var matcher = new PhraseMatcher(["check"]);
        Assert.False(matcher.IsMatch("a pre-check ran"));
        Assert.True(matcher.IsMatch("a check ran"));
        Assert.True(new PhraseMatcher(["check"], PhraseBoundary.WordEdges).IsMatch("a pre-check ran"));
    }

    [Fact]
    public void Reports_every_match_with_positions_in_the_original_text()
    {
        var text = "Error, then  human   error; then ERROR.";
        var matches = new PhraseMatcher(Phrases, PhraseBoundary.WordEdges).Matches(text).ToList();
        Assert.Equal(["Error", "human   error", "ERROR"], matches.Select(m => m.Value));
        Assert.All(matches, m => Assert.Equal(m.Value, text.Substring(m.Index, m.Length)));
    }

    [Fact]
    public void An_empty_list_never_matches()
    {
        var matcher = new PhraseMatcher(["", "  "]);
        Assert.False(matcher.IsMatch("anything at all"));
        Assert.False(matcher.Match("x").Success);
    }

    /// <summary>Random texts over a small alphabet: the matcher agrees with the alternation regex it replaced.</summary>
    [Fact]
    public void Agrees_with_the_equivalent_regex_on_random_text()
    {
        var words = new[] { "should", "have", "error", "human", "forgot", "to", "Bob's", "fault", "roll", "back", "rolled", "a", "A", "-", ",", "x" };
        var alternatives = Phrases.OrderByDescending(p => p.Length).Select(p =>
        {
            var escaped = Regex.Escape(p).Replace("'", "['’]").Replace("\\ ", "\\s+");
            return (char.IsLetterOrDigit(p[0]) ? @"(?<![\w'’])" : "") + escaped + (char.IsLetterOrDigit(p[^1]) ? @"(?![\w])" : "");
        });
        var regex = new Regex("(?:" + string.Join("|", alternatives) + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var matcher = new PhraseMatcher(Phrases, PhraseBoundary.WordEdges);
        var random = new Random(1234);
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Join(random.Next(4) == 0 ? "  " : " ", Enumerable.Range(0, random.Next(1, 10)).Select(_ => words[random.Next(words.Length)]));
            var expected = regex.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            var actual = matcher.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            Assert.True(expected.SequenceEqual(actual), $"'{text}': regex [{string.Join("; ", expected)}] vs matcher [{string.Join("; ", actual)}]");
        }
    }
}
