// DB011: the summary's times and the timeline's times say which timezone they are in.
using Debrief.Model;

namespace Debrief.Linting.Rules.Time;

/// <summary>Reports times given without any timezone.</summary>
public sealed class TimezoneStated : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB011", Name: "timezone-stated", Family: RuleFamilies.Time,
        Summary: "Times are given without a timezone",
        Why: "\"10:00\" means different moments to readers in different offices, and logs are usually in UTC. Without a timezone nobody can line the postmortem up with the evidence.",
        Bad: "## Issue Summary\n\nFrom 10:00 to 11:30 the API returned errors.\n\n## Timeline\n\n- 10:05 - Alert fired.\n",
        Good: "## Issue Summary\n\nFrom 10:00 to 11:30 UTC the API returned errors.\n\n## Timeline\n\nAll times UTC.\n\n- 10:05 - Alert fired.\n")
    {
        Elements = [ElementKeys.SummaryTimezone],
        HowToFix = "Write the timezone with the times (\"14:00 UTC\", \"10:45 AM PST\") or once for the document (\"All times UTC\"), or set `timezone:` in front matter.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var summary = doc.Summary;
        var anyZone = summary.Timezone is not null || doc.DocumentTimezone is not null || doc.FrontMatter?.Timezone is not null
                      || doc.Timeline.Any(e => e.Placed.Offset is not null) || summary.Start?.Value.Offset is not null || summary.End?.Value.Offset is not null;
        var summaryTimes = summary.Start ?? summary.End;
        var reported = false;
        if (context.Profile.Requires(ElementKeys.SummaryTimezone) && !context.Elements[ElementKeys.SummaryTimezone].Found)
        {
            reported = true;
            yield return summaryTimes is not null
                ? Info.At(summaryTimes.Span, $"the summary's time '{summaryTimes.Text.Trim()}' has no timezone") with { Element = ElementKeys.SummaryTimezone }
                : Info.AtDocument("missing element summary.timezone: the summary gives no timezone for the outage's times") with { Element = ElementKeys.SummaryTimezone };
        }
        if (!reported && !anyZone)
        {
            var first = doc.Timeline.FirstOrDefault();
            if (first is not null)
                yield return Info.At(first.Span, $"timeline times such as '{first.TimeText.Trim()}' have no timezone");
        }
    }
}
