// Reads the Issue Summary's time facts (start, end, timezone, duration) from front matter when present, otherwise from
// the summary prose; the text facts (impact, root cause, share affected) are SummaryTextFacts' job.
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Extracts <see cref="SummaryFacts"/>.</summary>
internal static partial class SummaryExtractor
{
    public static SummaryFacts Extract(SourceText source, IReadOnlyList<DocumentLine> lines, IReadOnlyList<Section> sections,
        FrontMatter? frontMatter)
    {
        var ranges = DocumentRegions.Summary(sections, lines);
        var summaryLines = DocumentRegions.LinesIn(lines, ranges).Where(l => l.IsProse).ToList();
        var facts = new SummaryFacts();

        var zoneLine = summaryLines.FirstOrDefault(l => Timezones.FindFirst(l.Text) is not null);
        if (zoneLine is not null)
        {
            var z = Timezones.FindFirst(zoneLine.Text)!;
            facts = facts with { Timezone = new Fact<string>(z.Zone.Text, zoneLine.Text, source.Lines(zoneLine.Number, zoneLine.Number)) };
        }

        facts = facts with { Duration = FindDuration(source, summaryLines) };

        return ApplyFrontMatter(facts, frontMatter, source);
    }

    /// <summary>The summary's start and end as written (placed later by <see cref="TimePlacement"/>): the first two
    /// times of the summary, with the date written with them or elsewhere in the summary and the summary's zone.</summary>
    public static (WrittenTime? Start, WrittenTime? End) Times(SourceText source, IReadOnlyList<DocumentLine> lines,
        IReadOnlyList<Section> sections, ZoneRef? documentZone)
    {
        var summaryLines = DocumentRegions.LinesIn(lines, DocumentRegions.Summary(sections, lines)).Where(l => l.IsProse).ToList();
        var times = summaryLines.SelectMany(l => TimeExpressions.FindAll(l.Text).Select(t => (Line: l, Time: t))).Take(2).ToList();
        // A second time that looks back ("crate builds were failing since 00:55") is an earlier event, not the end.
        if (times.Count == 2 && LooksBack(times[1].Line.Text, times[1].Time.Index))
            times.RemoveAt(1);
        if (times.Count == 0)
            return (null, null);
        var zone = times.Select(t => t.Time.Zone).FirstOrDefault(z => z is not null)
                   ?? summaryLines.Select(l => Timezones.FindFirst(l.Text)?.Zone).FirstOrDefault(z => z is not null)
                   ?? documentZone;
        var date = times[0].Time.Date ?? summaryLines.SelectMany(l => CalendarDates.FindAll(l.Text)).Select(d => d.Date).FirstOrDefault(d => !d.IsRelative);
        WrittenTime At(int i, CalendarDate? d, ZoneRef? z) =>
            new(times[i].Time, d, times[i].Time.Date is not null, z, source.Lines(times[i].Line.Number, times[i].Line.Number));
        var start = At(0, date, zone);
        var end = times.Count > 1 ? At(1, times[1].Time.Date ?? date, times[1].Time.Zone ?? zone) : null;
        return (start, end);
    }

    /// <summary>The timezone stated once for the document: front matter, "all times UTC", a timeline heading "(GMT)".</summary>
    public static Fact<ZoneRef>? DocumentTimezone(SourceText source, IReadOnlyList<DocumentLine> lines, IReadOnlyList<Section> sections, FrontMatter? frontMatter)
    {
        if (frontMatter?.Timezone is { } tz && Timezones.Parse(tz) is { Success: true } parsed)
        {
            var line = frontMatter.KeyLines.TryGetValue("timezone", out var l) ? l : frontMatter.Span.Line;
            return new Fact<ZoneRef>(parsed.Value, tz, source.Lines(Math.Max(1, line), Math.Max(1, line)));
        }
        foreach (var line in lines.Where(l => l.IsProse))
        {
            var m = AllTimes().Match(line.Text);
            if (!m.Success) continue;
            var zone = Timezones.FindFirst(line.Text[m.Index..]);
            if (zone is not null) return new Fact<ZoneRef>(zone.Zone, line.Text, source.Lines(line.Number, line.Number));
        }
        foreach (var timeline in sections.Where(s => s.Kind == SectionKind.Timeline))
        {
            var zone = Timezones.FindFirst(timeline.Heading);
            if (zone is not null) return new Fact<ZoneRef>(zone.Zone, timeline.Heading, timeline.HeadingSpan);
        }
        return null;
    }

    private static Fact<TimeSpan>? FindDuration(SourceText source, List<DocumentLine> summaryLines)
    {
        (DocumentLine Line, DurationMatch Match)? best = null;
        var bestScore = 0;
        foreach (var line in summaryLines)
        {
            foreach (var d in Durations.FindAll(line.Text))
            {
                var before = line.Text[Math.Max(0, d.Index - 40)..d.Index].ToLowerInvariant();
                var after = line.Text[(d.Index + d.Length)..];
                if (RelativeOffset().IsMatch(after)) continue; // "a day prior to", "two hours later"
                if (NotOutageLength().IsMatch(before) || GrantedTime().IsMatch(after)) continue; // "an additional twelve days of time"
                var score = DurationContext().IsMatch(before) ? 3 : DurationWords().IsMatch(line.Text) ? 2 : 1;
                if (score > bestScore) { best = (line, d); bestScore = score; }
            }
        }
        return best is { } b ? new Fact<TimeSpan>(b.Match.Duration, b.Line.Text, source.Lines(b.Line.Number, b.Line.Number)) : null;
    }

    /// <summary>True when the time at <paramref name="index"/> is introduced as earlier than the story's start
    /// ("since", "as early as", "prior to", "before") within its own sentence.</summary>
    private static bool LooksBack(string text, int index)
    {
        var sentenceStart = text.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, index - 1)) + 1;
        var before = text[sentenceStart..index];
        return LookBackWords().IsMatch(before);
    }

    private static SummaryFacts ApplyFrontMatter(SummaryFacts facts, FrontMatter? fm, SourceText source)
    {
        if (fm is null) return facts;
        SourceSpan At(string key) => fm.KeyLines.TryGetValue(key, out var l) ? source.Lines(l, l) : fm.Span;
        if (fm.Started is { } s2 && fm.Ended is { } e2 && e2 >= s2) facts = facts with { Duration = new Fact<TimeSpan>(e2 - s2, "ended - started", At("ended")) };
        if (fm.Timezone is { } tz && Timezones.Parse(tz).Success) facts = facts with { Timezone = new Fact<string>(tz, tz, At("timezone")) };
        if (fm.Impact?.UsersAffectedPct is { } pct) facts = facts with { AffectedPercentage = new Fact<double>(pct, $"users_affected_pct: {pct}", At("impact")) };
        if (fm.Impact?.Summary is { } impact) facts = facts with { Impact = new Fact<string>(impact, impact, At("impact")) };
        return facts;
    }

    [GeneratedRegex(@"\ball\s+(?:the\s+)?times?\b|\btimes?\s+(?:are\s+)?(?:in|are)\b|\ball\s+in\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllTimes();

    [GeneratedRegex(@"^\s*(?:prior|before|after|ago|later|earlier|beforehand|previously|since|of\s+(?:the\s+)?(?:detection|deployment|release))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeOffset();

    // Time granted rather than time down: "crediting all plans with an additional twelve days", "a free month", "retention of 30 days".
    [GeneratedRegex(@"\b(?:free|bonus|credit(?:s|ed|ing)?|compensat\w*|retention|retain\w*)\W+(?:\w+\W+){0,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex NotOutageLength();

    [GeneratedRegex(@"\b(?:since|as\s+early\s+as)\W+(?:\w+\W+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex LookBackWords();

    [GeneratedRegex(@"^\s*of\s+(?:free\s+|extra\s+|additional\s+)?(?:time|service|credit|subscription|access|usage)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GrantedTime();

    [GeneratedRegex(@"(?:lasted|lasting|under|within|duration|for|about|approximately|approx\.?|roughly|nearly|over|total(?:\s+of)?|downtime\s+of|outage\s+of|took|spanning|span\s+of)\W*(?:\w+\W+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationContext();

    [GeneratedRegex(@"\b(?:duration|lasted|outage|downtime|down|unavailable)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationWords();
}
