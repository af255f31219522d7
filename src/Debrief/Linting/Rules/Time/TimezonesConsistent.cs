// DB016: the timeline's times are written in one timezone, the one the document says it uses.
using Debrief.Model;
using Debrief.Parsing;

namespace Debrief.Linting.Rules.Time;

/// <summary>Reports timelines that mix timezones, or whose entries are in another zone than the one declared.</summary>
public sealed class TimezonesConsistent : ILintRule
{
    // Zones whose offsets differ by at most an hour are one zone in summer and winter (PST/PDT, GMT/BST, CET/CEST):
    // a document that writes both is following daylight saving time, not mixing zones.
    private static readonly TimeSpan SameZoneTolerance = TimeSpan.FromHours(1);

    public RuleInfo Info { get; } = new(
        Id: "DB016", Name: "timezones-consistent", Family: RuleFamilies.Time,
        Summary: "The timeline mixes timezones, or contradicts the timezone it declares",
        Why: "A timeline that says \"all times Pacific\" and then writes UTC, or switches zones between entries, makes readers do arithmetic and hides gaps and overlaps: a two-hour outage can look like twenty hours.",
        Bad: "## Timeline (all times Pacific Time)\n\n- 13:00 UTC - Alert fired for API errors.\n- 13:20 UTC - Rolled back the deploy.\n",
        Good: "## Timeline (all times UTC)\n\n- 13:00 UTC - Alert fired for API errors.\n- 13:20 UTC - Rolled back the deploy.\n")
    {
        HowToFix = "Write every timeline time in one zone (UTC is safest) and say which once; give a second zone only in brackets (\"13:00 UTC (06:00 PDT)\").",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var zoned = new List<(TimelineEntry Entry, ZoneRef Zone, TimeSpan Offset)>();
        foreach (var entry in doc.Timeline)
        {
            if (TimeExpressions.FindFirst(entry.TimeText)?.Zone is not { } zone || zone.OffsetAt(entry.Placed.At) is not { } offset)
                continue;
            // "13:00 UTC (06:00 PDT)": an entry that converts for the reader is not mixing zones.
            if (entry.Span.IsKnown && Timezones.FindAll(context.Text.Line(entry.Span.Line)).Count() > 1)
                continue;
            zoned.Add((entry, zone, offset));
        }
        if (zoned.Count == 0)
            yield break;

        // Entries in another zone than the one the document declares ("Timeline (all times Pacific Time)").
        if (DeclaredZone(doc) is { } declared && declared.Zone.OffsetAt(zoned[0].Entry.Placed.At) is { } declaredOffset)
        {
            var others = zoned.Where(z => !Same(z.Offset, declaredOffset)).ToList();
            if (others.Count == zoned.Count)
            {
                var first = others[0];
                yield return Info.At(first.Entry.Span,
                    $"the document says times are in {declared.Text} (line {declared.Line}) but the timeline writes them in {Names(others)}; " +
                    $"{Describe(declaredOffset)} and {Describe(first.Offset)} are {Math.Abs((first.Offset - declaredOffset).TotalHours):0.#} hours apart");
                yield break;
            }
        }

        // Entries in two zones: report the first entry of each zone other than the most used one.
        var groups = zoned.GroupBy(z => z.Offset).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(z => z.Entry.Span.Start)).ToList();
        var main = groups[0];
        foreach (var group in groups.Skip(1))
        {
            if (Same(group.Key, main.Key))
                continue;
            var first = group.OrderBy(z => z.Entry.Span.Start).First();
            yield return Info.At(first.Entry.Span,
                $"the timeline mixes timezones: {Count(group.Count())} in {Names(group)} but {Count(main.Count())} in {Names(main)}; write every time in one zone");
        }
    }

    private static bool Same(TimeSpan a, TimeSpan b) => (a - b).Duration() <= SameZoneTolerance;

    private static string Count(int n) => n == 1 ? "1 entry" : $"{n} entries";

    private static string Names(IEnumerable<(TimelineEntry Entry, ZoneRef Zone, TimeSpan Offset)> entries) =>
        string.Join("/", entries.Select(z => z.Zone.Text.Trim().Trim('(', ')')).Distinct(StringComparer.OrdinalIgnoreCase));

    private static string Describe(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC"
            : $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset.Duration().Hours}{(offset.Minutes != 0 ? $":{Math.Abs(offset.Minutes):00}" : "")}";

    /// <summary>The zone the document declares for its times (front matter, "All times UTC", a heading), with its text and line.</summary>
    private static (ZoneRef Zone, string Text, int Line)? DeclaredZone(Postmortem doc)
    {
        if (doc.FrontMatter?.Timezone is { } fm && Timezones.Parse(fm) is { Success: true } parsed)
            return (parsed.Value, fm, doc.FrontMatter.KeyLines.GetValueOrDefault("timezone"));
        if (doc.DocumentTimezone is { } declared && Timezones.Parse(declared.Value) is { Success: true } zone)
            return (zone.Value, declared.Value, declared.Span.Line);
        return null;
    }
}
