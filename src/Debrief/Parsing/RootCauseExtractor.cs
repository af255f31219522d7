// Reads the root cause, trigger and resolution narrative from their sections.
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Extracts <see cref="RootCauseAnalysis"/>.</summary>
internal static partial class RootCauseExtractor
{
    public static RootCauseAnalysis Extract(SourceText source, IReadOnlyList<DocumentLine> lines, IReadOnlyList<Section> sections)
    {
        var causeRanges = DocumentRegions.Of(sections, SectionKind.RootCause, SectionKind.RootCauseAndResolution);
        Fact<string>? cause = null, trigger = null, resolution = null;
        foreach (var range in causeRanges)
        {
            cause ??= LabeledFields.Find(lines, sections, range, "cause", "causes", "root cause").Select(f => ToFact(source, f)).FirstOrDefault();
            resolution ??= LabeledFields.Find(lines, sections, range, "resolution", "fix", "fixed", "resolved", "solution", "recovery", "remediation").Select(f => ToFact(source, f)).FirstOrDefault();
            trigger ??= LabeledFields.Find(lines, sections, range, "trigger").Select(f => ToFact(source, f)).FirstOrDefault();
        }
        var proseLines = DocumentRegions.LinesIn(lines, causeRanges)
            .Where(l => l.IsProse && l.Kind != LineKind.Heading && !sections.Any(s => s.HeadingLine == l.Number)).ToList();
        // Sentence by sentence: the cause is the first sentence that gives one (or the first sentence), the
        // resolution the first other sentence that says how it was fixed; both often share a paragraph line.
        var sentences = proseLines.SelectMany(l => Sentences(l.Text).Select(t => (Line: l, Text: t))).ToList();
        var causeSentence = sentences.FirstOrDefault(x => CauseWords().IsMatch(x.Text));
        if (causeSentence.Line is null) causeSentence = sentences.FirstOrDefault(x => !FixWords().IsMatch(x.Text));
        if (cause is null && causeSentence.Line is not null)
            cause = new Fact<string>(causeSentence.Text, causeSentence.Text, source.Lines(causeSentence.Line.Number, causeSentence.Line.Number));
        var fix = sentences.FirstOrDefault(x => FixWords().IsMatch(x.Text) && x != causeSentence);
        if (resolution is null && fix.Line is not null)
            resolution = new Fact<string>(fix.Text, fix.Text, source.Lines(fix.Line.Number, fix.Line.Number));
        if (resolution is null)
        {
            foreach (var range in DocumentRegions.Of(sections, SectionKind.Resolution))
            {
                var line = DocumentRegions.LinesIn(lines, [range]).FirstOrDefault(l => l.IsProse && l.Number != range.First);
                if (line is not null) { resolution = new Fact<string>(line.Text, line.Text, source.Lines(line.Number, line.Number)); break; }
            }
        }
        return new RootCauseAnalysis(cause, trigger, resolution);
    }

    /// <summary>The sentences of a line ("... servers. The fix was ..." gives two).</summary>
    internal static IEnumerable<string> Sentences(string text) =>
        SentenceEnd().Split(text).Select(t => t.Trim()).Where(t => t.Length > 0);

    private static Fact<string> ToFact(SourceText source, LabeledField f) => new(f.Value, f.Value, source.Lines(f.Line, f.Line));

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(\[""'`])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:resolved?|resolution|fix(?:ed|es)?|restor\w*|rolled\s+back|revert\w*|restart\w*|corrected|patched|solved|recover\w*|to\s+resolve|updated|changed|adjusted|increased|removed|replaced|redeploy\w*|mitigat\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FixWords();

    [GeneratedRegex(@"\b(?:root\s+cause|caused|cause|due\s+to|because|resulted|misconfigur\w*|bug|error|typo)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CauseWords();
}
