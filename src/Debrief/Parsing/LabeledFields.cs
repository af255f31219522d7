// Finds "Label: value" facts, whether the label opens the line ("**Impact**: ...") or is a heading of its own.
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>A labelled value: the label as written, the value text and the line where the value is.</summary>
public sealed record LabeledField(string Label, string Value, int Line);

/// <summary>Reads labelled fields in a range of lines.</summary>
public static partial class LabeledFields
{
    /// <summary>
    /// Fields in <paramref name="range"/> whose label contains one of <paramref name="labelWords"/> (lower case).
    /// Headings count as labels; their value is the prose that follows up to the next heading.
    /// </summary>
    public static IEnumerable<LabeledField> Find(IReadOnlyList<DocumentLine> lines, IReadOnlyList<Section> sections,
        LineRange range, params string[] labelWords)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(sections);
        var headings = sections.Where(s => range.Contains(s.HeadingLine)).ToDictionary(s => s.HeadingLine);
        for (var n = range.First; n <= range.Last && n <= lines.Count; n++)
        {
            var line = lines[n - 1];
            if (!line.IsProse) continue;
            if (headings.TryGetValue(n, out var heading))
            {
                if (n == range.First) continue; // the range's own heading names the part, not a field of it
                if (!Matches(heading.Heading, labelWords)) continue;
                // A heading "Duration: 30 mins" keeps its value on the same line.
                var inline = InlineLabel().Match(line.Text);
                if (inline.Success && inline.Groups["value"].Value.Trim().Length > 0)
                {
                    yield return new LabeledField(inline.Groups["label"].Value.Trim(), inline.Groups["value"].Value.Trim(), n);
                    continue;
                }
                var m = n + 1;
                var values = new List<string>();
                var valueLine = 0;
                for (; m <= range.Last && !headings.ContainsKey(m); m++)
                {
                    if (!lines[m - 1].IsProse) continue;
                    values.Add(lines[m - 1].Text);
                    if (valueLine == 0) valueLine = m;
                }
                if (values.Count > 0) yield return new LabeledField(heading.Heading, string.Join(' ', values), valueLine);
                continue;
            }
            var label = InlineLabel().Match(line.Text);
            if (label.Success && Matches(label.Groups["label"].Value, labelWords) && label.Groups["value"].Value.Trim().Length > 0)
                yield return new LabeledField(label.Groups["label"].Value.Trim(), label.Groups["value"].Value.Trim(), n);
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

    [GeneratedRegex(@"^(?<label>[A-Za-z][\w &/'()-]{0,40}?)\s*[:;]\s*(?<value>.*)$")]
    private static partial Regex InlineLabel();
}
