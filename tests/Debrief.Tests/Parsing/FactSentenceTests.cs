using Debrief.Model;
using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

/// <summary>Facts read as text are whole sentences (or whole labelled clauses), hard-wrapped lines joined, with
/// spans that cross lines. Fixtures in Fixtures/sentences; each failed before facts were read from paragraphs.</summary>
public sealed class FactSentenceTests
{
    private static Postmortem Parse(string name) =>
        PostmortemParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sentences", name)), name);

    private static Fact<string>? Select(Postmortem pm, string fact) => fact switch
    {
        "impact" => pm.Summary.Impact,
        "summary-cause" => pm.Summary.RootCause,
        "cause" => pm.RootCause.Cause,
        "trigger" => pm.RootCause.Trigger,
        "resolution" => pm.RootCause.Resolution,
        _ => throw new ArgumentException(fact),
    };

    [Theory]
    [InlineData("wrapped-impact.md", "impact", "Search returned errors for logged-in users. Results pages loaded without any listings, and saved searches could not be opened. About 40% of users saw at least one failed search.", 7, 9)]
    [InlineData("wrapped-impact.md", "summary-cause", "a full disk on the index node stopped every write, so the search service answered each query with an error.", 11, 12)]
    [InlineData("wrapped-root-cause.md", "summary-cause", "The outage was caused by an expired certificate on the identity provider, which nobody had been told to renew.", 5, 6)]
    [InlineData("wrapped-root-cause.md", "cause", "The identity provider's certificate expired because its renewal job had been disabled during a migration and never turned back on.", 10, 11)]
    [InlineData("wrapped-root-cause.md", "resolution", "We fixed it by renewing the certificate by hand and re-enabling the job.", 11, 12)]
    [InlineData("ubuntu-version.md", "summary-cause", "The root cause was a kernel bug in Ubuntu 14.04 that froze the build agents under load.", 5, 5)]
    [InlineData("ubuntu-version.md", "cause", "A kernel bug in its cgroup code froze them because memory pressure triggered a deadlock.", 9, 10)]
    [InlineData("ubuntu-version.md", "resolution", "We patched the agents with the Ubuntu 16.04 kernel and the builds resumed.", 10, 10)]
    [InlineData("money.md", "impact", "From 10:00 to 12:00 UTC checkout failed for every customer and finance counted $2.7m in lost sales.", 5, 5)]
    [InlineData("abbreviation.md", "impact", "From 08:00 to 08:30 UTC several services (e.g. Search and Checkout) were unavailable to 30% of users.", 5, 5)]
    [InlineData("abbreviation.md", "summary-cause", "The root cause was a DNS change, i.e. a record pointed at the old load balancer.", 5, 5)]
    [InlineData("abbreviation.md", "cause", "The shared cache (e.g. Redis) filled up because a deploy disabled key expiry.", 9, 9)]
    [InlineData("url.md", "impact", "From 16:00 to 16:20 UTC users could not open https://status.example.com/v2.1/incidents or docs.example.com at all.", 5, 5)]
    public void A_fact_is_a_whole_sentence(string fixture, string fact, string expected, int firstLine, int lastLine)
    {
        var pm = Parse(fixture);
        var f = Select(pm, fact);
        Assert.NotNull(f);
        Assert.Equal(expected, f.Value);
        Assert.Equal(expected, f.Text);
        Assert.Equal((firstLine, lastLine), (f.Span.Line, f.Span.EndLine));
        // The span ends where the sentence ends: on its full stop.
        Assert.Equal('.', pm.Source[f.Span.End - 1]);
    }

    [Theory]
    [InlineData("impact", "Customers could not pay for their orders between 10:00 and 10:40 UTC.")]
    [InlineData("summary-cause", "A connection pool limit of 20, lowered by a config change.")]
    public void A_facts_value_is_without_the_emoji_and_dashes_its_author_put_before_it(string fact, string expected)
    {
        // show's value, the card and every rule read this one value; the text keeps what was written.
        var pm = Parse("decorated-labels.md");
        var f = Select(pm, fact);
        Assert.NotNull(f);
        Assert.Equal(expected, f.Value);
        Assert.EndsWith(expected, f.Text, StringComparison.Ordinal);
        Assert.NotEqual(expected, f.Text);
    }

    [Fact]
    public void A_wrapped_labelled_clause_has_a_span_from_after_its_label_to_its_last_line()
    {
        var pm = Parse("wrapped-impact.md");
        var span = pm.Summary.Impact!.Span;
        Assert.Equal((7, 13), (span.Line, span.Column)); // after "**Impact:** "
        Assert.Equal((9, 38), (span.EndLine, span.EndColumn)); // just after "search."
        Assert.True(span.IsMultiLine);
        Assert.StartsWith("Search returned errors", pm.Source[span.Start..]);
        Assert.EndsWith("one failed search.", pm.Source[..span.End]);
    }

    [Fact]
    public void The_share_of_users_is_read_from_its_whole_sentence()
    {
        var pm = Parse("wrapped-impact.md");
        Assert.Equal(40, pm.Summary.AffectedPercentage!.Value);
        Assert.Equal("About 40% of users saw at least one failed search.", pm.Summary.AffectedPercentage.Text);
        Assert.Equal((8, 9), (pm.Summary.AffectedPercentage.Span.Line, pm.Summary.AffectedPercentage.Span.EndLine));
    }

    [Fact]
    public void Lines_that_each_open_with_a_label_are_separate_fields()
    {
        var pm = PostmortemParser.Parse("# Outage\n\n## Summary\n\nDuration: 2 hours\nImpact: 30% of users could not pay\nRoot cause: an expired key\n");
        Assert.Equal("30% of users could not pay", pm.Summary.Impact!.Value);
        Assert.Equal("an expired key", pm.Summary.RootCause!.Value);
        Assert.Equal(6, pm.Summary.Impact.Span.Line);
        Assert.Equal(6, pm.Summary.Impact.Span.EndLine);
    }

    [Fact]
    public void Paragraphs_join_hard_wrapped_lines_and_list_items_stay_apart()
    {
        var pm = PostmortemParser.Parse("Intro line one\ncontinues here.\n\n- first item\n  wraps on.\n- second item.\n\n> quoted text\n> goes on.\n");
        var texts = pm.Paragraphs.Select(p => (p.Kind, p.Text, p.FirstLine, p.LastLine)).ToList();
        Assert.Equal(
            [(ParagraphKind.Paragraph, "Intro line one continues here.", 1, 2), (ParagraphKind.ListItem, "first item wraps on.", 4, 5),
             (ParagraphKind.ListItem, "second item.", 6, 6), (ParagraphKind.Paragraph, "quoted text goes on.", 8, 9)],
            texts);
        var item = pm.Paragraphs[1];
        Assert.Equal("first item", pm.Source[item.Span.Start..(item.Span.Start + 10)]);
        Assert.Equal((5, 12), (item.Span.EndLine, item.Span.EndColumn));
    }

    [Fact]
    public void Spans_are_right_with_every_line_ending()
    {
        foreach (var ending in new[] { "\n", "\r\n", "\r" })
        {
            var source = string.Join(ending, "## Summary", "", "**Impact:** checkout failed for", "every customer.", "");
            var impact = PostmortemParser.Parse(source).Summary.Impact!;
            Assert.Equal("checkout failed for every customer.", impact.Value);
            Assert.Equal((3, 13, 4, 16), (impact.Span.Line, impact.Span.Column, impact.Span.EndLine, impact.Span.EndColumn));
            Assert.Equal("every customer.", source[(impact.Span.End - 15)..impact.Span.End]);
        }
    }
}
