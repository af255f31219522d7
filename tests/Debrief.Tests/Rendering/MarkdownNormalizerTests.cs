using Debrief.Parsing;
using Debrief.Rendering;

namespace Debrief.Tests.Rendering;

public sealed class MarkdownNormalizerTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "postmortems", "render" })
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder), "*.md").Order(StringComparer.Ordinal))
                data.Add(Path.Combine(folder, Path.GetFileName(file)));
        return data;
    }

    private static string Normalize(string source) => MarkdownNormalizer.Normalize(PostmortemParser.Parse(source));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Normalising_twice_changes_nothing(string fixture)
    {
        var once = Normalize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture)));
        Assert.Equal(once, Normalize(once));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_prose_is_lost(string fixture)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture));
        var normalised = Normalize(source);
        var parsed = PostmortemParser.Parse(source);
        foreach (var entry in parsed.Timeline)
            Assert.Contains(entry.TimeText, normalised);
        foreach (var item in parsed.ActionItems)
            Assert.Contains(item.Text[..Math.Min(20, item.Text.Length)], normalised);
    }

    [Fact]
    public void Sections_get_canonical_headings_in_canonical_order_and_front_matter_gets_the_facts()
    {
        const string source = """
            **Outage of the login page**

            Timeline:
            - 10:05 UTC - Alert fired for login errors.
            - 10:40 UTC - Rolled back the release.

            Issue summary:
            From 10:00 to 10:45 UTC on 2024-02-19 (45 minutes) 30% of users could not log in.
            Root cause: an expired certificate.

            Corrective and preventive measures:
            - Add certificate expiry monitoring (owner: @sec, due: 2024-03-01)

            Notes:
            Thanks to the on-call team.
            """;
        var normalised = Normalize(source);
        var headings = normalised.Split('\n').Where(l => l.StartsWith('#')).ToList();
        Assert.Equal("# Outage of the login page", headings[0]);
        Assert.True(headings.IndexOf("## Issue Summary") < headings.IndexOf("## Timeline"), string.Join(" | ", headings));
        Assert.Contains("## Corrective and Preventative Measures", headings);
        Assert.Contains("- 10:05 UTC - Alert fired for login errors.", normalised);
        Assert.Contains("Thanks to the on-call team.", normalised);
        var front = normalised[..normalised.IndexOf("\n---\n", 4, StringComparison.Ordinal)];
        Assert.Contains("title: Outage of the login page", front);
        Assert.Contains("status: draft", front);
        Assert.Contains("users_affected_pct: 30", front);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("2024-01-01", "\"2024-01-01\"")]
    [InlineData("a: b", "\"a: b\"")]
    [InlineData("say \"hi\"\n", "\"say \\\"hi\\\"\\n\"")]
    [InlineData("#tag", "\"#tag\"")]
    public void Yaml_scalars_are_quoted_only_when_needed(string value, string expected) =>
        Assert.Equal(expected, MarkdownNormalizer.Scalar(value));
}
