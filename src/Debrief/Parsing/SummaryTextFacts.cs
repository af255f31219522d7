// Reads the Issue Summary facts that are text (impact, root cause, the share of users affected) as whole sentences
// or whole labelled clauses from the summary's paragraphs; front matter, when it gives one, wins.
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Adds the text facts to the <see cref="SummaryFacts"/> that <see cref="SummaryExtractor"/> read.</summary>
internal static partial class SummaryTextFacts
{
    /// <summary>Fills <see cref="SummaryFacts.Impact"/>, <see cref="SummaryFacts.RootCause"/> and
    /// <see cref="SummaryFacts.AffectedPercentage"/> where they are still empty (front matter sets them first).</summary>
    public static SummaryFacts Extract(SummaryFacts facts, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<DocumentLine> lines,
        IReadOnlyList<Section> sections)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var ranges = DocumentRegions.Summary(sections, lines);
        Fact<string>? impact = null, cause = null;
        foreach (var range in ranges)
        {
            impact ??= LabeledFields.Find(paragraphs, sections, range, "impact", "impacts", "affected").Select(ToFact).FirstOrDefault();
            cause ??= LabeledFields.Find(paragraphs, sections, range, "root cause", "cause", "root causes").Select(ToFact).FirstOrDefault();
        }
        // In the order of the ranges: the Summary section before a lede under the title.
        var summary = ranges.SelectMany(r => paragraphs.Where(p => r.Contains(p.FirstLine))).Distinct().ToList();
        impact ??= FirstSentence(summary, sections, ImpactWords());
        cause ??= FirstSentence(summary, sections, CauseWords());

        var percentage = summary
            .SelectMany(p => p.Sentences)
            .SelectMany(s => Percentages.FindAll(s.Text).Select(m => (Sentence: s, Match: m)))
            .OrderByDescending(p => AboutUsers(p.Sentence.Text, p.Match))
            .FirstOrDefault();

        return facts with
        {
            Impact = facts.Impact ?? impact,
            RootCause = facts.RootCause ?? cause,
            AffectedPercentage = facts.AffectedPercentage
                ?? (percentage.Sentence is { } s ? new Fact<double>(percentage.Match.Percent, s.Text, s.Span) : null),
        };
    }

    private static Fact<string> ToFact(LabeledField f) => new(MarkupStripper.WithoutLeadingSymbols(f.Value), f.Value, f.Span);

    /// <summary>The first summary sentence that matches: sentences of prose before those of headings ("# An Outage
    /// Experience I Had" is a title over the summary, not its impact), and never a heading that only names a part.</summary>
    private static Fact<string>? FirstSentence(List<Paragraph> summary, IReadOnlyList<Section> sections, Regex words)
    {
        bool IsHeading(Paragraph p) => p.Kind == ParagraphKind.Heading || sections.Any(s => s.HeadingLine == p.FirstLine);
        var sentence = summary.Where(p => !IsHeading(p)).SelectMany(p => p.Sentences).FirstOrDefault(s => words.IsMatch(s.Text))
                       ?? summary.Where(p => IsHeading(p) && !BareHeading(p, sections)).SelectMany(p => p.Sentences).FirstOrDefault(s => words.IsMatch(s.Text));
        return sentence is null ? null : new Fact<string>(MarkupStripper.WithoutLeadingSymbols(sentence.Text), sentence.Text, sentence.Span);
    }

    /// <summary>A heading that only names a part ("### Impact", "Root Causes"): the name of a fact, not the fact.</summary>
    private static bool BareHeading(Paragraph heading, IReadOnlyList<Section> sections) =>
        heading.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
        || (!heading.Text.TrimEnd(':', ' ').Contains(':') && sections.Any(s => s.HeadingLine == heading.FirstLine && s.Kind != SectionKind.Other));

    private static int AboutUsers(string text, PercentageMatch match)
    {
        var after = text[(match.Index + match.Length)..Math.Min(text.Length, match.Index + match.Length + 40)];
        return UserWords().IsMatch(match.Text + " " + after) ? 1 : 0;
    }

    [GeneratedRegex(@"\b(?:users?|customers?|clients?|visitors?|subscribers?|requests?|traffic|affected|impacted|user\s+base)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UserWords();

    [GeneratedRegex(@"\b(?:unable|could\s+not|couldn't|cannot|can't|experienced|affect(?:ed|ing|s)?|impact(?:ed|s)?|slow(?:ness|er)?|errors?|down|downtime|unavailable|outage|disrupt\w*|inaccessible|unresponsive|fail(?:ed|ing|ures?)|timeouts?|timed\s+out|degraded|denied|lost|interrupt\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImpactWords();

    [GeneratedRegex(@"\b(?:root\s+cause|caused\s+by|due\s+to|because|as\s+a\s+result\s+of|resulted\s+(?:from|in)|stemmed\s+from|triggered\s+by|traced\s+to|the\s+cause|main\s+problem|the\s+problem\s+was|the\s+issue\s+was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseWords();
}
