// DB013: the timeline describes the outage the summary states: at least one entry falls inside the stated window.
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Time;

/// <summary>Reports a timeline that lies entirely outside the stated start-end window.</summary>
public sealed class TimelineInWindow : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB013", Name: "timeline-in-window", Family: RuleFamilies.Time,
        Summary: "The timeline lies outside the outage window stated in the summary",
        Why: "When the timeline's times do not fall in the stated window, either the summary or the timeline describes another moment (a pasted report, a wrong timezone, AM/PM swapped). Triggers before the start and follow-ups after the end are normal; a timeline with no entry inside the window describes another moment.",
        Bad: "## Issue Summary\n\nFrom 6:26 PM to 7:58 PM PT requests failed.\n\n## Timeline\n\nAll times Pacific Time.\n\n- 5:30 AM - Outage begins.\n- 5:36 AM - Pagers alerted teams.\n- 6:35 AM - All traffic back online.\n",
        Good: "## Issue Summary\n\nFrom 6:26 PM to 7:58 PM PT requests failed.\n\n## Timeline\n\nAll times Pacific Time.\n\n- 6:26 PM - Outage begins.\n- 6:32 PM - Pagers alerted teams.\n- 7:58 PM - All traffic back online.\n")
    {
        Severity = Severity.Error,
        Options = [new RuleOption("slack-minutes", "30", "Minutes an entry may lie outside the window before it counts (at least half the outage length is always allowed).")],
        HowToFix = "Check the summary's start and end against the timeline (timezone, AM/PM, date) and correct whichever is wrong.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var times = context.Document.Times;
        var entries = times.Main;
        // Dates that contradict outright are the dates rule's finding, not this one's.
        if (IncidentTimes.DatesDisagree(times))
            yield break;
        var outside = IncidentTimes.OutsideWindow(times, TimeSpan.FromMinutes(context.IntOption(Info, "slack-minutes", 30)));
        if (outside.Count == 0)
            yield break;
        var window = $"{times.Start?.Text.Trim() ?? "?"} - {times.End?.Text.Trim() ?? "?"}";
        var first = entries[0];
        var last = entries[^1];
        var span = IncidentTimes.Words(last.Placed.At - first.Placed.At);
        var stated = times.Start is { } s && times.End is { } e ? $" ({IncidentTimes.Words(e.At - s.At)})" : "";
        yield return Info.At(outside[0].Span,
            $"{outside.Count} of {entries.Count} timeline entries fall outside the outage window {window}{stated}; the timeline runs from '{first.TimeText.Trim()}' to '{last.TimeText.Trim()}' ({span})");
    }
}
