// Finds the headings of a document however they are written: ATX/setext, HTML <hN>, bold paragraphs, plain lines.
using System.Text.RegularExpressions;
using Debrief.Model;
using Markdig.Syntax;

namespace Debrief.Parsing;

/// <summary>A heading found in the document.</summary>
internal sealed record HeadingCandidate(int Line, int Level, string Text, HeadingStyle Style, HeadingMatch Match)
{
    /// <summary>Ends with a colon or is written as a bold/plain label: a field of the section above it.</summary>
    public bool IsFieldLike { get; init; }
}

/// <summary>Detects headings in all the forms real postmortems use.</summary>
internal static partial class HeadingDetector
{
    /// <summary>Level given to bold-paragraph and plain-line headings: below every real heading.</summary>
    public const int PseudoLevel = 7;

    public static List<HeadingCandidate> Detect(SourceText source, MarkdownDocument document, IReadOnlyList<DocumentLine> lines)
    {
        var found = new SortedDictionary<int, HeadingCandidate>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var (first, _) = LineClassifier.LinesOf(source, heading);
            var raw = source.Line(first);
            var text = MarkupStripper.Plain(raw);
            if (text.Length == 0) continue;
            var style = heading.IsSetext ? HeadingStyle.Setext : HeadingStyle.Atx;
            found[first] = Candidate(first, heading.Level, text, style, raw);
        }
        foreach (var line in lines)
        {
            if (found.ContainsKey(line.Number)) continue;
            var raw = source.Line(line.Number);
            if (line.Kind == LineKind.Html)
            {
                var m = HtmlHeading().Match(raw);
                if (m.Success)
                {
                    var text = MarkupStripper.Plain(m.Groups["text"].Value);
                    if (text.Length > 0)
                        found[line.Number] = Candidate(line.Number, int.Parse(m.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture), text, HeadingStyle.Html, raw);
                    continue;
                }
            }
            if (line.Kind == LineKind.ListItem && line.StartsListItem)
            {
                if (IsListItemHeading(line.Text, out var itemHeading))
                    found[line.Number] = Candidate(line.Number, PseudoLevel, itemHeading, HeadingStyle.ListItem, raw) with { IsFieldLike = true };
                continue;
            }
            // A line at the left margin right after a list item is, for CommonMark, a lazy continuation of the
            // item; in pasted text it is often a heading ("Root Cause:" after "- Duration: ...").
            var lazy = line.Kind == LineKind.ListItem && !line.StartsListItem && raw.Length > 0 && !char.IsWhiteSpace(raw[0]);
            if (!lazy && line.Kind is not (LineKind.Paragraph or LineKind.Html) || line.Text.Length == 0) continue;
            // "#MY FIRST POSTMORTEM", "###Timeline": a heading written without the space CommonMark needs.
            var tight = TightAtx().Match(raw);
            if (tight.Success && !lazy)
            {
                var text = MarkupStripper.Plain(tight.Groups["text"].Value).Trim();
                if (text.Length > 0 && WordCount(text) <= 12)
                {
                    found[line.Number] = Candidate(line.Number, tight.Groups["hashes"].Length, text, HeadingStyle.Atx, raw);
                    continue;
                }
            }
            var bold = BoldLine().Match(raw);
            if (bold.Success)
            {
                var text = MarkupStripper.Plain(bold.Groups["text"].Value).Trim().TrimEnd(':', ';', '.').Trim();
                if (text.Length > 0 && WordCount(text) <= 12 && !StartsWithTime(text))
                {
                    found[line.Number] = Candidate(line.Number, PseudoLevel, text, HeadingStyle.BoldParagraph, raw) with { IsFieldLike = true };
                    continue;
                }
            }
            if (IsPlainLineHeading(line.Text, out var plain))
                found[line.Number] = Candidate(line.Number, PseudoLevel, plain, HeadingStyle.PlainLine, raw) with { IsFieldLike = true };
        }
        return [.. found.Values];
    }

    private static HeadingCandidate Candidate(int line, int level, string text, HeadingStyle style, string raw)
    {
        var clean = text.Trim();
        var match = HeadingClassifier.Classify(clean);
        var fieldLike = clean.EndsWith(':') || clean.EndsWith(';') || raw.TrimEnd().EndsWith(':');
        return new HeadingCandidate(line, level, clean.TrimEnd(':', ';').Trim(), style, match) { IsFieldLike = fieldLike };
    }

    /// <summary>"Timeline:" or "Issue Summary" alone on a line of pasted text.</summary>
    private static bool IsPlainLineHeading(string text, out string heading)
    {
        heading = text.Trim();
        if (heading.Length == 0 || heading.Length > 80) return false;
        if (heading.EndsWith('.') || heading.EndsWith('!') || heading.EndsWith('?') || heading.EndsWith(',')) return false;
        if (StartsWithTime(heading)) return false;
        var colon = heading.EndsWith(':') || heading.EndsWith(';');
        var bare = heading.TrimEnd(':', ';').Trim();
        if (bare.Length == 0 || bare.Contains(':')) return false;
        var words = WordCount(bare);
        var match = HeadingClassifier.Classify(bare);
        if (match.Kind != SectionKind.Other && match.ExtraWords <= 3 && words <= 8)
        {
            heading = bare;
            return true;
        }
        if (colon && words <= 5 && char.IsUpper(bare[0]))
        {
            heading = bare;
            return true;
        }
        return false;
    }

    /// <summary>"* Root cause and resolution must contain:": a list item that only names a section.</summary>
    private static bool IsListItemHeading(string text, out string heading)
    {
        heading = text.Trim();
        var colon = heading.EndsWith(':');
        var bare = heading.TrimEnd(':').Trim();
        heading = bare;
        if (bare.Length == 0 || bare.Contains(':') || bare.EndsWith('.')) return false;
        var match = HeadingClassifier.Classify(bare);
        if (match.Kind == SectionKind.Other) return false;
        return colon ? match.ExtraWords <= 3 : match.ExtraWords == 0 && WordCount(bare) <= 5;
    }

    private static bool StartsWithTime(string text) => TimeExpressions.FindFirst(text) is { Index: <= 2 };

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^\s{0,3}(?<hashes>#{1,6})(?<text>[A-Za-z][^#]*?)\s*#*\s*$")]
    private static partial Regex TightAtx();

    [GeneratedRegex(@"<h(?<level>[1-6])\b[^>]*>(?<text>.*?)(?:</h[1-6]\s*>|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlHeading();

    [GeneratedRegex(@"^\s{0,3}(?:[^\w\s*_`\[<]{1,4}\s*)?(?:\*\*|__)(?<text>[^*_]+?)(?:\*\*|__)\s*[:;.]?\s*$")]
    private static partial Regex BoldLine();
}
