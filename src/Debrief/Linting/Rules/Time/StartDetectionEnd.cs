// DB012: the outage starts before it is detected, and is detected before it ends (start ≤ detection ≤ end).
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Time;

/// <summary>Reports a window that ends before it starts, or a detection outside the window.</summary>
public sealed class StartDetectionEnd : ILintRule
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(1);

    public RuleInfo Info { get; } = new(
        Id: "DB012", Name: "start-detection-end", Family: RuleFamilies.Time,
        Summary: "Start, detection and end times contradict each other",
        Why: "An outage cannot be detected before it starts or end before it begins; when the times say so, one of them is wrong and every figure computed from them (time to detect, duration) is wrong too.",
        Bad: "## Issue Summary\n\nThe outage lasted from 10:00 to 14:00 UTC.\n\n## Timeline\n\n- 09:00 UTC - The issue was detected by a monitoring alert.\n- 14:00 UTC - Service restored.\n",
        Good: "## Issue Summary\n\nThe outage lasted from 10:00 to 14:00 UTC.\n\n## Timeline\n\n- 10:10 UTC - The issue was detected by a monitoring alert.\n- 14:00 UTC - Service restored.\n")
    {
        Severity = Severity.Error,
        HowToFix = "Check the times against the evidence (alerts, logs) and correct the one that is wrong; if the outage really began earlier, move the start.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var times = context.Document.Times;
        // Only a range written as one ("from 14:00 to 13:00", front matter) can be said to end before it starts;
        // a start and an end picked from different sentences may describe different things.
        if (times.Start is { } start && times.End is { } end && end.At < start.At - Tolerance && start.Span.Line == end.Span.Line)
        {
            yield return Info.At(end.Span.IsKnown ? end.Span : start.Span,
                $"the outage ends ({end.Text.Trim()}) before it starts ({start.Text.Trim()})");
            yield break;
        }
        var detection = Detection(times);
        // A timeline outside the window, or dates a day or more apart, are reported by DB013 / DB015.
        if (detection is null || IncidentTimes.DatesDisagree(times) || IncidentTimes.OutsideWindow(times, TimeSpan.FromMinutes(30)).Count > 0)
            yield break;
        var (at, text, span) = detection.Value;
        if (times.Start is { } s && at < s.At - Tolerance)
            yield return Info.At(span, $"detected at '{text}', {IncidentTimes.Words(s.At - at)} before the outage started ('{s.Text.Trim()}')");
        else if (times.End is { } e && at > e.At + Tolerance && context.Document.Summary.Duration is null)
            yield return Info.At(span, $"detected at '{text}', {IncidentTimes.Words(at - e.At)} after the outage ended ('{e.Text.Trim()}')");
    }

    private static (DateTime At, string Text, SourceSpan Span)? Detection(Chronology times) =>
        times.Detected is { } d ? (d.At, d.Text.Trim(), d.Span) : null;
}
