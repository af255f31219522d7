using Debrief.Linting.Vocabulary;

namespace Debrief.Tests.Linting;

public sealed class VocabularyTests
{
    [Fact]
    public void Every_list_is_embedded_and_not_empty()
    {
        foreach (var name in LintVocabulary.Names)
            Assert.NotEmpty(LintVocabulary.BuiltIn[name]);
    }

    [Theory]
    [InlineData(LintVocabulary.BlamePhrases, "The engineer should have known.", "should have")]
    [InlineData(LintVocabulary.BlamePhrases, "It was Bob’s fault.", "’s fault")]
    [InlineData(LintVocabulary.DramaticWords, "A CATASTROPHIC failure", "CATASTROPHIC")]
    [InlineData(LintVocabulary.HumanErrorPhrases, "caused by human   error", "human   error")]
    public void Patterns_match_whole_phrases_case_insensitively(string list, string text, string expected)
    {
        Assert.Equal(expected, LintVocabulary.BuiltIn.Matcher(list).Match(text).Value);
    }

    [Fact]
    public void Patterns_do_not_match_inside_words()
    {
        Assert.False(LintVocabulary.BuiltIn.Matcher(LintVocabulary.DramaticWords).IsMatch("the chaotically named service"));
    }

    [Fact]
    public void Config_extends_a_list()
    {
        var v = LintVocabulary.BuiltIn.Extend(new Dictionary<string, IReadOnlyList<string>> { [LintVocabulary.DramaticWords] = ["Kaboom"] });
        Assert.True(v.Matcher(LintVocabulary.DramaticWords).IsMatch("then kaboom"));
        Assert.False(LintVocabulary.BuiltIn.Matcher(LintVocabulary.DramaticWords).IsMatch("then kaboom"));
    }
}
