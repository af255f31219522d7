// DB015: the dates in the timeline agree with the dates the summary (or front matter) gives for the outage.
using Debrief.Model;
using Debrief.Parsing;

namespace Debrief.Linting.Rules.Time;

/// <summary>Reports a timeline that starts on a different day than the summary says the outage did.</summary>
public sealed class DatesConsistent : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB015", Name: "dates-consistent", Family: RuleFamilies.Time,
        Summary: "The timeline's dates contradict the summary's dates",
        Why: "A summary in June and a timeline in May cannot both be right; readers cannot tell which incident they are reading about, and archives file it under the wrong month.",
        Bad: "## Issue Summary\n\nDuration: June 10, 2023, 08:00 - June 11, 2023, 10:00 (UTC-5).\n\n## Timeline\n\n- May 10, 2023, 08:00 - Monitoring alerts indicated increased response times.\n",
        Good: "## Issue Summary\n\nDuration: June 10, 2023, 08:00 - June 11, 2023, 10:00 (UTC-5).\n\n## Timeline\n\n- June 10, 2023, 08:00 - Monitoring alerts indicated increased response times.\n")
    {
        Severity = Severity.Error,
        HowToFix = "Correct whichever date is wrong; follow-up entries days later are fine, but the timeline should begin when the summary says the outage did.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var summarySection = doc.SectionOf(SectionKind.Summary);
        var timelineSection = doc.SectionOf(SectionKind.Timeline);
        if (timelineSection is null)
            yield break;
        var summaryDates = new List<(Dated Date, int Line)>();
        if (summarySection is not null && summarySection.Span.Start != timelineSection.Span.Start)
            summaryDates.AddRange(DatesIn(context, summarySection, stopAt: timelineSection));
        var timelineDates = DatesIn(context, timelineSection, stopAt: null).ToList();
        if (timelineDates.Count == 0)
            yield break;
        // A year for comparing month-day dates (internal arithmetic only: messages quote the dates as written).
        var year = summaryDates.Select(d => d.Date.Date.Year).Concat(timelineDates.Select(d => d.Date.Date.Year)).FirstOrDefault(y => y is not null)
                   ?? TimePlacement.PlaceholderYear;
        var fm = doc.FrontMatter;
        var anchors = summaryDates.Select(d => (Day: d.Date.Date.ToDateOnly(year), Text: d.Date.Text, d.Line)).Where(a => a.Day is not null).ToList();
        if (fm?.Started is { } started)
            anchors.Add((DateOnly.FromDateTime(started.DateTime), "started: " + started.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), fm.KeyLines.GetValueOrDefault("started")));
        if (fm?.Ended is { } ended)
            anchors.Add((DateOnly.FromDateTime(ended.DateTime), "ended: " + ended.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), fm.KeyLines.GetValueOrDefault("ended")));
        if (anchors.Count == 0)
            yield break;
        var lo = anchors.Min(a => a.Day!.Value).AddDays(-1);
        var hi = anchors.Max(a => a.Day!.Value).AddDays(1);
        var firstTimeline = timelineDates.Select(d => (Day: d.Date.Date.ToDateOnly(year), d.Date, d.Line)).Where(d => d.Day is not null).OrderBy(d => d.Day).FirstOrDefault();
        if (firstTimeline.Day is not { } day || (day >= lo && day <= hi))
            yield break;
        var summaryText = string.Join(" - ", anchors.Select(a => a.Text.Trim()).Distinct());
        var span = context.Text.Span(context.Text.LineStart(firstTimeline.Line) + firstTimeline.Date.Index, firstTimeline.Date.Length);
        yield return Info.At(span, $"the timeline begins on '{firstTimeline.Date.Text.Trim()}' but the summary gives '{summaryText}' (line {anchors[0].Line})");
    }

    /// <summary>A calendar date found in a line (the parser's date reader), with its text.</summary>
    private sealed record Dated(CalendarDate Date, int Index, int Length, string Text);

    private static IEnumerable<(Dated Date, int Line)> DatesIn(LintContext context, Section section, Section? stopAt)
    {
        var end = stopAt is not null && stopAt.Span.Start > section.Span.Start ? Math.Min(section.Span.End, stopAt.Span.Start) : section.Span.End;
        foreach (var line in context.ProseLines)
        {
            var start = context.Text.LineStart(line.Number);
            if (start < section.Span.Start || start >= end)
                continue;
            foreach (var d in CalendarDates.FindAll(line.Prose))
            {
                var text = line.Prose.Substring(d.Index, d.Length);
                // "may" in lower case is the verb far more often than the month.
                if (d.Date.IsRelative || text.StartsWith("may", StringComparison.Ordinal))
                    continue;
                yield return (new Dated(d.Date, d.Index, d.Length, text), line.Number);
            }
        }
    }
}
