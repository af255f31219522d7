// Reads the root cause, trigger and resolution from their sections, each a whole sentence or a whole labelled clause.
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Extracts <see cref="RootCauseAnalysis"/>.</summary>
internal static partial class RootCauseExtractor
{
    public static RootCauseAnalysis Extract(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Section> sections)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(sections);
        var causeRanges = DocumentRegions.Of(sections, SectionKind.RootCause, SectionKind.RootCauseAndResolution);
        Fact<string>? cause = null, trigger = null, resolution = null;
        foreach (var range in causeRanges)
        {
            cause ??= LabeledFields.Find(paragraphs, sections, range, "cause", "causes", "root cause").Select(ToFact).FirstOrDefault();
            resolution ??= LabeledFields.Find(paragraphs, sections, range, "resolution", "fix", "fixed", "resolved", "solution", "recovery", "remediation").Select(ToFact).FirstOrDefault();
            trigger ??= LabeledFields.Find(paragraphs, sections, range, "trigger").Select(ToFact).FirstOrDefault();
        }
        var headingLines = sections.Select(s => s.HeadingLine).ToHashSet();
        var prose = paragraphs
            .Where(p => causeRanges.Any(r => r.Contains(p.FirstLine)) && p.Kind != ParagraphKind.Heading && !headingLines.Contains(p.FirstLine))
            .ToList();
        // Sentence by sentence: the cause is the first sentence that gives one (or the first sentence), the
        // resolution the first other sentence that says how it was fixed; both often share a paragraph.
        var sentences = prose.SelectMany(p => p.Sentences).ToList();
        var causeSentence = sentences.FirstOrDefault(s => CauseWords().IsMatch(s.Text))
                            ?? sentences.FirstOrDefault(s => !FixWords().IsMatch(s.Text));
        if (cause is null && causeSentence is not null)
            cause = ToFact(causeSentence);
        var fix = sentences.FirstOrDefault(s => FixWords().IsMatch(s.Text) && !ReferenceEquals(s, causeSentence));
        if (resolution is null && fix is not null)
            resolution = ToFact(fix);
        if (resolution is null)
        {
            // A Resolution section of its own: its first paragraph, whole.
            foreach (var range in DocumentRegions.Of(sections, SectionKind.Resolution))
            {
                var first = paragraphs.FirstOrDefault(p => range.Contains(p.FirstLine) && p.FirstLine != range.First);
                if (first is not null) { resolution = new Fact<string>(first.Text, first.Text, first.Span); break; }
            }
        }
        return new RootCauseAnalysis(cause, trigger, resolution);
    }

    private static Fact<string> ToFact(LabeledField f) => new(MarkupStripper.WithoutLeadingSymbols(f.Value), f.Value, f.Span);

    private static Fact<string> ToFact(Sentence s) => new(MarkupStripper.WithoutLeadingSymbols(s.Text), s.Text, s.Span);

    [GeneratedRegex(@"\b(?:resolved?|resolution|fix(?:ed|es)?|restor\w*|rolled\s+back|revert\w*|restart\w*|corrected|patched|solved|recover\w*|to\s+resolve|updated|changed|adjusted|increased|removed|replaced|redeploy\w*|mitigat\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FixWords();

    [GeneratedRegex(@"\b(?:root\s+cause|caused|cause|due\s+to|because|resulted|misconfigur\w*|bug|error|typo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseWords();
}
