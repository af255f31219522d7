// Reads timeline entries from the timeline sections: bullets, tables, per-time headings, "[08:47]", "**10:00 AM:**",
// with the date the text gives each (on the entry, a parent bullet or a day heading); placing them is TimePlacement's job.
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Extracts timeline entries as written.</summary>
internal static partial class TimelineExtractor
{
    /// <summary>How far into a line a time may start and still be the entry's time ("Detection (10:05): ...").</summary>
    private const int MaxTimeOffset = 45;

    public static List<WrittenEntry> Extract(
        SourceText source, IReadOnlyList<DocumentLine> lines, IReadOnlyList<Section> sections, ZoneRef? documentZone)
    {
        var regions = sections.Where(s => s.Kind == SectionKind.Timeline)
            .Select(s => (First: s.HeadingLine, Last: s.LastLine)).ToList();
        if (regions.Count == 0)
        {
            var run = FindTimedRun(lines);
            if (run is { } r) regions.Add(r);
        }
        var headingLines = sections.ToDictionary(s => s.HeadingLine);
        var entries = new List<WrittenEntry>();
        var covered = new HashSet<int>();
        var dateContext = 0;
        foreach (var (first, last) in regions)
        {
            CalendarDate? currentDate = null;
            dateContext++;
            for (var n = first; n <= last; n++)
            {
                if (!covered.Add(n)) continue;
                var line = lines[n - 1];
                if (!line.IsProse) continue;
                var text = line.Text;
                if (n == first && headingLines.ContainsKey(n))
                {
                    var headingDate = CalendarDates.FindAll(text).FirstOrDefault();
                    if (headingDate is not null)
                    {
                        currentDate = headingDate.Date;
                        dateContext++;
                    }
                    continue;
                }
                var pieces = SplitEntries(text);
                if (pieces.Count > 1)
                {
                    foreach (var piece in pieces)
                        AddEntry(piece.Time, piece.Text, n);
                    continue;
                }
                var time = FindEntryTime(text);
                if (time is null)
                {
                    // A date alone (parent bullet, day heading, "2019-1-17") sets the date of what follows.
                    var date = CalendarDates.FindAll(text).FirstOrDefault();
                    if (date is not null && text.Length <= date.Length + 25)
                    {
                        currentDate = date.Date;
                        dateContext++;
                    }
                    continue;
                }
                var entryText = EntryText(text, time);
                if (entryText.Length == 0 && headingLines.ContainsKey(n))
                    entryText = FollowingText(lines, n, last, headingLines);
                if (entryText.Length == 0 && PreviousLabel(lines, n, first) is { } label)
                    entryText = label;
                AddEntry(time, entryText, n);
            }

            void AddEntry(TimeExpression time, string entryText, int n)
            {
                if (time.Date is not null)
                {
                    currentDate = time.Date;
                    dateContext++;
                }
                var span = source.Lines(n, n);
                var written = new WrittenTime(time, currentDate, time.Date is not null, time.Zone ?? documentZone, span);
                entries.Add(new WrittenEntry(written, dateContext, entryText, TimelineEntryClassifier.Classify(entryText), span));
            }
        }
        return entries;
    }

    /// <summary>The time that opens an entry, near the start of the line.</summary>
    internal static TimeExpression? FindEntryTime(string text)
    {
        var time = TimeExpressions.FindFirst(text);
        if (time is null || time.Index > MaxTimeOffset) return null;
        // "Day 2, 02:10": the relative day is the date.
        return time;
    }

    /// <summary>Several entries run together on one line: "12:00pm EAT: Detected. 12:06pm EAT: Checked headers."</summary>
    internal static List<(TimeExpression Time, string Text)> SplitEntries(string text)
    {
        var result = new List<(TimeExpression, string)>();
        var first = FindEntryTime(text);
        if (first is null) return result;
        var starts = new List<TimeExpression> { first };
        foreach (var t in TimeExpressions.FindAll(text))
        {
            if (t.Index <= first.Index) continue;
            var after = text[(t.Index + t.Length)..];
            var before = text[..t.Index].TrimEnd();
            var opens = EntrySeparator().IsMatch(after) && (before.Length == 0 || before[^1] is '.' or '!' or '?' or ';' or ')' || char.IsLetterOrDigit(before[^1]));
            if (opens) starts.Add(t);
        }
        if (starts.Count < 2) return result;
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            var piece = text[starts[i].Index..end];
            var local = starts[i] with { Index = 0 };
            result.Add((starts[i], EntryText(piece, local)));
        }
        return result;
    }

    private static string EntryText(string text, TimeExpression time)
    {
        var before = text[..time.Index].Trim().TrimEnd('(', '[', '-', '–', '—', ':', ',').Trim();
        var after = text[(time.Index + time.Length)..].TrimStart(')', ']', ' ', '-', '–', '—', ':', '|', ',', '.', '>', '~')
            .Trim();
        if (before.Length > 0 && after.Length > 0) return before + ": " + after;
        return before.Length > 0 ? before : after;
    }

    /// <summary>The label on the line above a bare time ("Detection Time:"), if that line is one.</summary>
    private static string? PreviousLabel(IReadOnlyList<DocumentLine> lines, int n, int first)
    {
        for (var m = n - 1; m > first; m--)
        {
            var line = lines[m - 1];
            if (line.Kind == LineKind.Blank) continue;
            var text = line.Text.Trim();
            return text.EndsWith(':') && text.Length <= 60 && FindEntryTime(text) is null ? text.TrimEnd(':').Trim() : null;
        }
        return null;
    }

    private static string FollowingText(IReadOnlyList<DocumentLine> lines, int heading, int last, Dictionary<int, Section> headings)
    {
        var parts = new List<string>();
        for (var n = heading + 1; n <= last && !headings.ContainsKey(n); n++)
            if (lines[n - 1].IsProse) parts.Add(lines[n - 1].Text);
        return string.Join(' ', parts);
    }

    /// <summary>Without a timeline heading: the longest run of at least three lines that open with a time.</summary>
    private static (int First, int Last)? FindTimedRun(IReadOnlyList<DocumentLine> lines)
    {
        (int, int)? best = null;
        var bestCount = 0;
        var start = -1; var count = 0; var lastTimed = -1;
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Blank) continue;
            var timed = line.IsProse && FindEntryTime(line.Text) is { Index: <= 3 };
            if (timed)
            {
                if (start < 0 || line.Number - lastTimed > 3) { start = line.Number; count = 0; }
                count++;
                lastTimed = line.Number;
                if (count > bestCount) { bestCount = count; best = (start, line.Number); }
            }
        }
        return bestCount >= 3 ? best : null;
    }

    [GeneratedRegex(@"^\s*[:\-–—]\s")]
    private static partial Regex EntrySeparator();
}
