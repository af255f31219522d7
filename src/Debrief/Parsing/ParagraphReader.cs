// Reads the prose of a document as paragraphs: hard-wrapped lines of one paragraph or list item joined, each split
// into sentences whose spans point back into the source across lines.
using System.Text;
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Builds <see cref="Paragraph"/>s from the classified lines.</summary>
internal static partial class ParagraphReader
{
    /// <summary>The paragraphs of the document, in source order. A paragraph or list item ends at a blank or non-prose
    /// line, at a new list item, at a section heading and before a line that opens with a label ("Impact: ...").</summary>
    public static IReadOnlyList<Paragraph> Read(SourceText source, IReadOnlyList<DocumentLine> lines, IReadOnlyList<Section> sections)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(sections);
        var headingLines = sections.Select(s => s.HeadingLine).ToHashSet();
        var result = new List<Paragraph>();
        var pending = new List<(int Line, int Start, int End)>();
        var pendingKind = ParagraphKind.Paragraph;

        void Flush()
        {
            if (pending.Count > 0 && Build(source, pendingKind, pending) is { } p) result.Add(p);
            pending.Clear();
        }

        foreach (var line in lines)
        {
            if (!line.IsProse || line.Number > source.LineCount)
            {
                Flush();
                continue;
            }
            var kind = line.Kind switch
            {
                LineKind.Heading => ParagraphKind.Heading,
                LineKind.Table => ParagraphKind.TableRow,
                LineKind.Html => ParagraphKind.Html,
                LineKind.ListItem => ParagraphKind.ListItem,
                _ => ParagraphKind.Paragraph,
            };
            var raw = source.Line(line.Number);
            var (start, end, bullet) = Content(raw, line, kind);
            if (end <= start) { Flush(); continue; }
            var piece = (line.Number, source.LineStart(line.Number) + start, source.LineStart(line.Number) + end);
            var single = kind is ParagraphKind.Heading or ParagraphKind.TableRow or ParagraphKind.Html || headingLines.Contains(line.Number);
            var opensNew = single || bullet || line.StartsListItem || kind != pendingKind || OpensWithLabel(raw.AsSpan(start, end - start));
            if (opensNew) Flush();
            pendingKind = kind;
            pending.Add(piece);
            if (single) Flush();
        }
        Flush();
        return result;
    }

    /// <summary>Where the prose of a line is: past indentation, quote markers, a list marker and a task box (and a
    /// heading's hashes); <c>bullet</c> is true when a list marker was removed from a line Markdown did not read as
    /// a list item ("• item" in pasted text).</summary>
    private static (int Start, int End, bool Bullet) Content(string raw, DocumentLine line, ParagraphKind kind)
    {
        var start = 0;
        var end = raw.Length;
        while (end > 0 && char.IsWhiteSpace(raw[end - 1])) end--;
        var bullet = false;
        var quote = QuotePrefix().Match(raw);
        start = quote.Length;
        if (kind == ParagraphKind.Heading)
        {
            var hashes = HeadingPrefix().Match(raw, start);
            if (hashes.Success) start += hashes.Length;
            var closing = ClosingHashes().Match(raw[..end]);
            if (closing.Success && closing.Index >= start) end = closing.Index;
        }
        else if (kind is ParagraphKind.Paragraph or ParagraphKind.ListItem)
        {
            var marker = (line.StartsListItem ? ListMarker() : BulletMarker()).Match(raw, start);
            if (marker.Success && marker.Index == start)
            {
                start += marker.Length;
                bullet = !line.StartsListItem;
                var task = TaskMarker().Match(raw, start);
                if (task.Success && task.Index == start) start += task.Length;
            }
        }
        while (start < end && char.IsWhiteSpace(raw[start])) start++;
        return (start, end, bullet);
    }

    /// <summary>True when a line's prose opens with a capitalised label of a few words and a colon ("Impact:",
    /// "**Root cause:**", "Duration: 2 hours"); such a line starts a field of its own, not a continuation.</summary>
    internal static bool OpensWithLabel(ReadOnlySpan<char> text) => LineLabel().IsMatch(text);

    private static Paragraph? Build(SourceText source, ParagraphKind kind, List<(int Line, int Start, int End)> pieces)
    {
        // The raw text of the lines joined with a space, and where each joined character is in the source.
        var raw = new StringBuilder();
        var joinedStarts = new int[pieces.Count];
        for (var k = 0; k < pieces.Count; k++)
        {
            if (k > 0) raw.Append(' ');
            joinedStarts[k] = raw.Length;
            raw.Append(source.Text, pieces[k].Start, pieces[k].End - pieces[k].Start);
        }
        var text = raw.ToString();

        int ToSource(int joined, bool isEnd)
        {
            // An end offset maps through its last character so that it never lands on a joining space.
            var at = isEnd ? joined - 1 : joined;
            var k = Array.BinarySearch(joinedStarts, at);
            if (k < 0) k = ~k - 1;
            k = Math.Clamp(k, 0, pieces.Count - 1);
            var offset = pieces[k].Start + Math.Clamp(at - joinedStarts[k], 0, pieces[k].End - pieces[k].Start - (isEnd ? 1 : 0));
            return isEnd ? offset + 1 : offset;
        }
        SourceSpan SpanOf(int from, int to) => source.Between(ToSource(from, false), ToSource(to, true));

        var plain = MarkupStripper.PlainKeepingUrls(text);
        if (!plain.Any(char.IsLetterOrDigit)) return null;
        var sentences = new List<Sentence>();
        foreach (var s in Sentences.Split(text))
        {
            var sentence = MarkupStripper.PlainKeepingUrls(text.Substring(s.Start, s.Length));
            if (sentence.Any(char.IsLetterOrDigit)) sentences.Add(new Sentence(sentence, SpanOf(s.Start, s.End)));
        }
        var span = SpanOf(0, text.Length);
        var paragraph = new Paragraph(kind, plain, span, sentences) { Value = plain, ValueSpan = span };
        var label = InlineLabel().Match(plain);
        if (label.Success && label.Groups["value"].Value.Trim().Length > 0 && !IsClock(plain, label))
        {
            var valueStart = ValueStart(text, label.Groups["label"].Value);
            if (valueStart is { } v && v < text.Length)
            {
                var value = MarkupStripper.PlainKeepingUrls(text[v..]);
                if (value.Length > 0)
                    paragraph = paragraph with { Label = label.Groups["label"].Value.Trim(), Value = value, ValueSpan = SpanOf(v, text.Length) };
            }
        }
        return paragraph;
    }

    /// <summary>"At 10:15 the alert fired" opens with a time, not with the label "At 10".</summary>
    private static bool IsClock(string plain, Match label)
    {
        var colon = label.Groups["value"].Index - 1;
        while (colon > 0 && char.IsWhiteSpace(plain[colon])) colon--;
        return colon > 0 && char.IsDigit(plain[colon - 1]) && colon + 1 < plain.Length && char.IsDigit(plain[colon + 1]);
    }

    /// <summary>Where the value starts in the raw text: past the label's letters, its colon and any emphasis closing it.</summary>
    private static int? ValueStart(string raw, string label)
    {
        var letters = label.Count(char.IsLetterOrDigit);
        var i = 0;
        for (; i < raw.Length && letters > 0; i++)
            if (char.IsLetterOrDigit(raw[i])) letters--;
        if (letters > 0) return null;
        while (i < raw.Length && raw[i] is not (':' or ';'))
        {
            if (char.IsLetterOrDigit(raw[i]) && raw[i] != ' ') return null;
            i++;
        }
        if (i >= raw.Length) return null;
        i++;
        while (i < raw.Length && (char.IsWhiteSpace(raw[i]) || raw[i] is '*' or '_')) i++;
        return i;
    }

    [GeneratedRegex(@"^\s*(?:>\s?)*")] private static partial Regex QuotePrefix();
    [GeneratedRegex(@"\G\s{0,3}#{1,6}(?:\s+|$)")] private static partial Regex HeadingPrefix();
    [GeneratedRegex(@"\s+#+\s*$")] private static partial Regex ClosingHashes();
    [GeneratedRegex(@"\G\s*(?:[-*+•●▪◦‣∙·]|[0-9]{1,9}[.)])(?:\s+|$)")] private static partial Regex ListMarker();
    [GeneratedRegex(@"\G\s*[-*+•●▪◦‣∙·](?:\s+|$)")] private static partial Regex BulletMarker();
    [GeneratedRegex(@"\G\[[ xX]\]\s+")] private static partial Regex TaskMarker();

    // "Impact:", "**Root cause**:", "__Trigger:__", "Duration: 2 hours": a capitalised label of up to five words.
    [GeneratedRegex(@"^(?:[*_~]{1,3})?[A-Z][A-Za-z'’&/()-]*(?:\s+[A-Za-z'’&/()-]+){0,4}\s*(?:[*_~]{1,3})?\s*:(?:[*_~]{1,3})?(?:\s|$)")]
    private static partial Regex LineLabel();

    /// <summary>A label at the start of a paragraph's prose: "Root cause: ...", "impact; ..." (words, 40 characters at most).</summary>
    [GeneratedRegex(@"^(?<label>[A-Za-z][\w &/'()-]{0,40}?)\s*[:;]\s*(?<value>.*)$", RegexOptions.Singleline)]
    private static partial Regex InlineLabel();
}
