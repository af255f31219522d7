// Finds "Label: value" facts, whether the label opens a paragraph ("**Impact**: ...") or is a heading of its own.
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>A labelled value: the label as written, the value text (its hard-wrapped lines joined) and the line
/// where the value starts; <see cref="Span"/> covers the whole value, across lines.</summary>
public sealed record LabeledField(string Label, string Value, int Line)
{
    /// <summary>Where the value is, from its first character to its last.</summary>
    public SourceSpan Span { get; init; }
}

/// <summary>Reads labelled fields in a range of lines.</summary>
public static class LabeledFields
{
    /// <summary>
    /// Fields in <paramref name="range"/> whose label contains one of <paramref name="labelWords"/> (lower case).
    /// A paragraph or list item that opens with "Label:" gives the rest of that paragraph (the whole clause, not
    /// only its first line). Headings count as labels; their value is the prose that follows up to the next heading.
    /// </summary>
    public static IEnumerable<LabeledField> Find(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Section> sections,
        LineRange range, params string[] labelWords)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(sections);
        var headings = sections.Where(s => range.Contains(s.HeadingLine)).GroupBy(s => s.HeadingLine).ToDictionary(g => g.Key, g => g.First());
        var inRange = paragraphs.Where(p => range.Contains(p.FirstLine)).ToList();
        for (var i = 0; i < inRange.Count; i++)
        {
            var p = inRange[i];
            if (headings.TryGetValue(p.FirstLine, out var heading))
            {
                if (p.FirstLine == range.First) continue; // the range's own heading names the part, not a field of it
                if (!Matches(heading.Heading, labelWords)) continue;
                // A heading "Duration: 30 mins" keeps its value on the same line.
                if (p.Label is not null && p.Value.Trim().Length > 0)
                {
                    yield return new LabeledField(p.Label, p.Value.Trim(), p.ValueSpan.Line) { Span = p.ValueSpan };
                    continue;
                }
                var body = new List<Paragraph>();
                for (var j = i + 1; j < inRange.Count && !headings.ContainsKey(inRange[j].FirstLine); j++)
                    body.Add(inRange[j]);
                if (body.Count > 0)
                    yield return new LabeledField(heading.Heading, string.Join(' ', body.Select(b => b.Text)), body[0].FirstLine)
                        { Span = body[0].Span.Through(body[^1].Span) };
                continue;
            }
            if (p.Label is { } label && Matches(label, labelWords) && p.Value.Trim().Length > 0)
                yield return new LabeledField(label, p.Value.Trim(), p.ValueSpan.Line) { Span = p.ValueSpan };
        }
    }

    private static bool Matches(string label, string[] words)
    {
        var l = label.ToLowerInvariant();
        foreach (var w in words)
            for (var at = l.IndexOf(w, StringComparison.Ordinal); at >= 0; at = l.IndexOf(w, at + 1, StringComparison.Ordinal))
                if ((at == 0 || l[at - 1] is < 'a' or > 'z') && (at + w.Length == l.Length || l[at + w.Length] is < 'a' or > 'z'))
                    return true;
        return false;
    }
}
