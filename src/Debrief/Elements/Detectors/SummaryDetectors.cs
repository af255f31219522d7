// Detectors for the Issue Summary: the section, duration, start/end times, timezone, impact, share affected, root cause.
using Debrief.Model;
using Debrief.Parsing;
using static Debrief.Model.ElementKeys;

namespace Debrief.Elements.Detectors;

/// <summary>Issue Summary elements.</summary>
internal static class SummaryDetectors
{
    public static IReadOnlyList<IElementDetector> All { get; } =
    [
        new Detector(Summary, SummarySection),
        new Detector(SummaryDuration, Duration),
        new Detector(SummaryStartEndTimes, StartEnd),
        new Detector(SummaryTimezone, Timezone),
        new Detector(SummaryImpact, c => Evidence.Found(SummaryImpact, c.Postmortem.Summary.Impact) is { Found: true } r ? r
            : Evidence.Missing(SummaryImpact, "no impact statement in the summary")),
        new Detector(SummaryAffectedPercentage, c => Evidence.Found(SummaryAffectedPercentage, c.Postmortem.Summary.AffectedPercentage) is { Found: true } r ? r
            : Evidence.Missing(SummaryAffectedPercentage, "no share of users affected (30%, a third of users, all users) in the summary")),
        new Detector(SummaryRootCause, c => Evidence.Found(SummaryRootCause, c.Postmortem.Summary.RootCause) is { Found: true } r ? r
            : Evidence.Missing(SummaryRootCause, "no root cause sentence in the summary")),
    ];

    private static ElementResult SummarySection(ElementContext c)
    {
        var section = c.FirstSection(SectionKind.Summary);
        if (section is not null) return Evidence.Found(Summary, section.HeadingLine, section.Heading);
        var s = c.Postmortem.Summary;
        // A start and an end state the duration as well as a written length does.
        var facts = new object?[] { s.Start, s.Duration ?? (object?)s.End, s.Impact, s.RootCause, s.AffectedPercentage }.Count(f => f is not null);
        if (facts >= 3 && c.SummaryLines.Count > 0)
            return Evidence.Found(Summary, c.SummaryLines[0], c.Postmortem);
        return Evidence.Missing(Summary, "no summary section (\"Issue Summary\") and no opening paragraph with the summary facts");
    }

    private static ElementResult Duration(ElementContext c)
    {
        var s = c.Postmortem.Summary;
        if (s.Duration is not null) return Evidence.Found(SummaryDuration, s.Duration);
        if (s.Start is not null && s.End is not null)
            return Evidence.Found(SummaryDuration, s.End.Span.Line, LineText(c, s.End.Span.Line));
        return Evidence.Missing(SummaryDuration, "the summary states no duration and no start and end times");
    }

    private static ElementResult StartEnd(ElementContext c)
    {
        var s = c.Postmortem.Summary;
        if (s.Start is not null && s.End is not null)
        {
            var text = s.Start.Span.Line == s.End.Span.Line
                ? LineText(c, s.Start.Span.Line)
                : $"{s.Start.Text} … {s.End.Text}";
            return Evidence.Found(SummaryStartEndTimes, s.Start.Span.Line, text);
        }
        return Evidence.Missing(SummaryStartEndTimes, s.Start is null ? "no start time in the summary" : "no end time in the summary");
    }

    private static ElementResult Timezone(ElementContext c)
    {
        var s = c.Postmortem.Summary;
        if (s.Timezone is not null) return Evidence.Found(SummaryTimezone, s.Timezone.Span.Line, s.Timezone.Text);
        if (c.Postmortem.DocumentTimezone is { } d) return Evidence.Found(SummaryTimezone, d);
        // Stated with the timeline's times ("14:51 PST") rather than in the summary.
        var zoned = c.Postmortem.Timeline.FirstOrDefault(e => Timezones.FindFirst(e.TimeText) is not null);
        if (zoned is not null) return Evidence.Found(SummaryTimezone, zoned.Span.Line, LineText(c, zoned.Span.Line));
        return Evidence.Missing(SummaryTimezone, "no timezone (UTC, PST, GMT+1, \"all times UTC\")");
    }

    internal static string LineText(ElementContext c, int line) =>
        line >= 1 && line <= c.Postmortem.Lines.Count ? c.Postmortem.Lines[line - 1].Text : "";
}
