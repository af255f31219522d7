using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

/// <summary>The sentence splitter, case by case: each input with its expected sentences separated by " | ".</summary>
public sealed class SentencesTests
{
    [Theory]
    // Numbers, versions and money are not sentence ends.
    [InlineData("The build agents ran Ubuntu 14.04 and froze under load.", "The build agents ran Ubuntu 14.04 and froze under load.")]
    [InlineData("Finance reported lost sales of $2.7m during the outage.", "Finance reported lost sales of $2.7m during the outage.")]
    [InlineData("We upgraded to v1.7.30 and errors stopped.", "We upgraded to v1.7.30 and errors stopped.")]
    [InlineData("Latency rose 3.5x while 10.0.0.12 was down.", "Latency rose 3.5x while 10.0.0.12 was down.")]
    [InlineData("Losses reached $2.7m. Refunds were issued.", "Losses reached $2.7m. | Refunds were issued.")]
    [InlineData("We rolled out v1.7.30. It fixed the leak.", "We rolled out v1.7.30. | It fixed the leak.")]
    [InlineData("The hosts ran Ubuntu 14.04. The fix needed 16.04.", "The hosts ran Ubuntu 14.04. | The fix needed 16.04.")]
    [InlineData("3.5 million requests failed. 2 million were retried.", "3.5 million requests failed. | 2 million were retried.")]
    // Abbreviations that never end a sentence.
    [InlineData("Several services (e.g. Search and Checkout) were down.", "Several services (e.g. Search and Checkout) were down.")]
    [InlineData("Caches, i.e. Redis and Memcached, were full.", "Caches, i.e. Redis and Memcached, were full.")]
    [InlineData("It took approx. 40 minutes to recover.", "It took approx. 40 minutes to recover.")]
    [InlineData("Postgres vs. MySQL was debated for an hour.", "Postgres vs. MySQL was debated for an hour.")]
    [InlineData("Dr. Smith approved the rollback.", "Dr. Smith approved the rollback.")]
    [InlineData("We paged Mr. Jones and Prof. Lee.", "We paged Mr. Jones and Prof. Lee.")]
    [InlineData("See No. 5 in the runbook and Fig. 3 below.", "See No. 5 in the runbook and Fig. 3 below.")]
    [InlineData("It started on Jan. 12 and ended on Feb. 3.", "It started on Jan. 12 and ended on Feb. 3.")]
    // Abbreviations that end a sentence only when a new one starts.
    [InlineData("At 10 a.m. the alert fired.", "At 10 a.m. the alert fired.")]
    [InlineData("The alert fired at 10 a.m. The team responded at once.", "The alert fired at 10 a.m. | The team responded at once.")]
    [InlineData("Logs, metrics, etc. were lost.", "Logs, metrics, etc. were lost.")]
    [InlineData("We lost logs, metrics, etc. The database was fine.", "We lost logs, metrics, etc. | The database was fine.")]
    [InlineData("The U.S. East region failed first.", "The U.S. East region failed first.")]
    [InlineData("Traffic came from the U.S. We blocked it.", "Traffic came from the U.S. | We blocked it.")]
    [InlineData("Acme Inc. Support confirmed the bug.", "Acme Inc. Support confirmed the bug.")]
    [InlineData("The vendor was Acme Inc. The contract ends soon.", "The vendor was Acme Inc. | The contract ends soon.")]
    // Initials.
    [InlineData("J. R. Smith was on call.", "J. R. Smith was on call.")]
    [InlineData("We switched to plan B. The fallback held.", "We switched to plan B. | The fallback held.")]
    // URLs, file names and code.
    [InlineData("See https://status.example.com/incidents/2024.10.08 for details.", "See https://status.example.com/incidents/2024.10.08 for details.")]
    [InlineData("Details are at https://example.com/a.b. The fix shipped.", "Details are at https://example.com/a.b. | The fix shipped.")]
    [InlineData("Users of www.example.com saw errors. Staff did not.", "Users of www.example.com saw errors. | Staff did not.")]
    [InlineData("Read the [post-mortem](https://example.com/pm.v2?x=1. Y) first.", "Read the [post-mortem](https://example.com/pm.v2?x=1. Y) first.")]
    [InlineData("Is https://example.com/?q=1 down? Yes.", "Is https://example.com/?q=1 down? | Yes.")]
    [InlineData("Edit config.yaml and restart nginx.", "Edit config.yaml and restart nginx.")]
    [InlineData("We edited nginx.conf. Then we restarted it.", "We edited nginx.conf. | Then we restarted it.")]
    [InlineData("Use `os.path.join(a, b). Not` that. It works.", "Use `os.path.join(a, b). Not` that. | It works.")]
    [InlineData("It was fixed. `kubectl` showed the pods healthy.", "It was fixed. | `kubectl` showed the pods healthy.")]
    [InlineData("It was fixed. iOS users recovered first.", "It was fixed. | iOS users recovered first.")]
    // Ellipses, quotes and brackets after the stop.
    [InlineData("We waited... and waited.", "We waited... and waited.")]
    [InlineData("We waited... Nothing happened.", "We waited... | Nothing happened.")]
    [InlineData("We waited… Nothing happened.", "We waited… | Nothing happened.")]
    [InlineData("He said \"stop.\" Then we stopped.", "He said \"stop.\" | Then we stopped.")]
    [InlineData("(The cache was full.) We cleared it.", "(The cache was full.) | We cleared it.")]
    [InlineData("The cache was full (again). We cleared it.", "The cache was full (again). | We cleared it.")]
    [InlineData("The **root cause** was DNS. **Fix:** we rolled back.", "The **root cause** was DNS. | **Fix:** we rolled back.")]
    [InlineData("It was *really* down.* Then it came back.", "It was *really* down.* | Then it came back.")]
    [InlineData("She wrote 'done.' Nobody checked.", "She wrote 'done.' | Nobody checked.")]
    // HTML line breaks and a full stop typed without its space.
    [InlineData("Description: offline for hours.<br> Component: web site<br> Date/time: 21:14 PDT", "Description: offline for hours. | Component: web site | Date/time: 21:14 PDT")]
    [InlineData("A line<br>with a break.", "A line<br>with a break.")]
    [InlineData("It failed.</p><p>We fixed it.", "It failed. | <p>We fixed it.")]
    [InlineData("APIs stayed reachable for users.An invalid change broke the rest.", "APIs stayed reachable for users. | An invalid change broke the rest.")]
    [InlineData("We called window.fetch and System.IO failed.", "We called window.fetch and System.IO failed.")]
    // Other stops.
    [InlineData("Is it down? Yes. It crashed! We restarted it.", "Is it down? | Yes. | It crashed! | We restarted it.")]
    [InlineData("Why? because nobody looked.", "Why? because nobody looked.")]
    [InlineData("Really?! Nobody noticed.", "Really?! | Nobody noticed.")]
    // Plain splits, numbering, blank lines, edges.
    [InlineData("The disk filled up. We fixed it by enabling logrotate.", "The disk filled up. | We fixed it by enabling logrotate.")]
    [InlineData("1. Restart the server. 2. Clear the cache.", "1. Restart the server. | 2. Clear the cache.")]
    [InlineData("The fix shipped in version 2. The rest waited.", "The fix shipped in version 2. | The rest waited.")]
    [InlineData("The answer was no. Then we retried.", "The answer was no. | Then we retried.")]
    [InlineData("First paragraph without a stop\n\nSecond one", "First paragraph without a stop | Second one")]
    [InlineData("A line that wraps\nin the middle. Then more.", "A line that wraps\nin the middle. | Then more.")]
    [InlineData("  Leading and trailing space.  ", "Leading and trailing space.")]
    [InlineData("No full stop at all", "No full stop at all")]
    [InlineData("e.g.", "e.g.")]
    [InlineData("...", "...")]
    public void Splits_where_a_reader_stops(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", Sentences.Texts(text)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n")]
    public void Blank_text_has_no_sentences(string text) => Assert.Empty(Sentences.Split(text));

    [Theory]
    [InlineData("We edited config.yaml. It worked.", 3, "We edited config.yaml.")]
    [InlineData("We edited config.yaml. It worked.", 24, "It worked.")]
    [InlineData("We edited config.yaml. It worked.", 22, "We edited config.yaml.")]
    public void Around_gives_the_sentence_of_an_index(string text, int index, string expected)
    {
        var s = Sentences.Around(text, index);
        Assert.Equal(expected, text.Substring(s.Start, s.Length));
    }

    [Theory]
    [InlineData("It broke.", true)]
    [InlineData("It broke.)", true)]
    [InlineData("He said \"stop.\"", true)]
    [InlineData("It broke", false)]
    [InlineData("so once memory filled,", false)]
    public void Ends_sentence(string text, bool expected) => Assert.Equal(expected, Sentences.EndsSentence(text));

    [Fact]
    public void Leading_keeps_whole_sentences_within_the_budget()
    {
        var text = "One two three. Four five six. Seven eight nine.";
        Assert.Equal("One two three. Four five six.", Sentences.Leading(text, 30));
        Assert.Equal("One two three.", Sentences.Leading(text, 20));
        // The first sentence stays whole even past the budget, up to twice it.
        Assert.Equal("One two three.", Sentences.Leading(text, 10));
        Assert.Equal(text, Sentences.Leading(text, 100));
        // A run without full stops is cut at a word, visibly.
        Assert.Equal("alpha beta…", Sentences.Leading("alpha beta gamma delta epsilon zeta eta theta", 12));
    }
}
