// DB010: timeline entries run forward in time (undated times crossing midnight are read as the next day).
using Debrief.Linting.Analysis;

namespace Debrief.Linting.Rules.Time;

/// <summary>Reports an entry that is earlier than the one before it.</summary>
public sealed class TimelineChronological : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB010", Name: "timeline-chronological", Family: RuleFamilies.Time,
        Summary: "Timeline entries are out of order",
        Why: "Readers rebuild cause and effect from the order; a misplaced entry misleads. An undated time that drops by more than 12 hours is read as crossing midnight, a smaller drop as a step backwards.",
        Bad: "## Timeline\n\nAll times UTC.\n\n- 13:58 - Deployed release 4.2.\n- 14:05 - Rolled back release 4.2.\n- 14:01 - Error rate alert fired.\n",
        Good: "## Timeline\n\nAll times UTC.\n\n- 13:58 - Deployed release 4.2.\n- 14:01 - Error rate alert fired.\n- 14:05 - Rolled back release 4.2.\n")
    {
        Severity = Severity.Error,
        HowToFix = "Put the entries in time order, or write the date on entries of a multi-day timeline (\"June 8, 02:10\", \"Day 2, 02:10\").",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var times = IncidentTimes.Of(context.Document);
        foreach (var group in times.Groups)
        {
            for (var i = 1; i < group.Count; i++)
            {
                var previous = group[i - 1];
                var current = group[i];
                if (current.At >= previous.At)
                    continue;
                var withDate = current.Entry.DateKnown || previous.Entry.DateKnown || current.At.Date != previous.At.Date;
                yield return Info.At(current.Entry.Span,
                    $"'{current.Entry.TimeText.Trim()}' ({IncidentTimes.Show(current.At, withDate)}) comes after '{previous.Entry.TimeText.Trim()}' ({IncidentTimes.Show(previous.At, withDate)}, line {previous.Entry.Span.Line}) but is earlier");
            }
        }
    }
}
