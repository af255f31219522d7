// DB010: timeline entries run forward in time, as the parser placed them (the midnight rule is Parsing/TimePlacement's).
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
        // Exactly the entries the axis places earlier than the entry before them: what `show` prints, this reports.
        var times = context.Document.Times;
        foreach (var (current, previous) in times.OutOfOrder)
        {
            var withDate = current.Placed.DateSource == Model.DateSource.Written || previous.Placed.DateSource == Model.DateSource.Written
                           || current.Placed.At.Date != previous.Placed.At.Date;
            yield return Info.At(current.Span,
                $"'{current.TimeText.Trim()}' ({IncidentTimes.Show(current.Placed, times, withDate)}) comes after '{previous.TimeText.Trim()}' ({IncidentTimes.Show(previous.Placed, times, withDate)}, line {previous.Span.Line}) but is earlier");
        }
    }
}
