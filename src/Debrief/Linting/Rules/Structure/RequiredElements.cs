// DB002: every element the profile requires is present (elements with a rule of their own are reported there).
using Debrief.Model;

namespace Debrief.Linting.Rules.Structure;

/// <summary>Reports required elements that the element report did not find, unless a more specific rule owns them.</summary>
public sealed class RequiredElements : ILintRule
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [ElementKeys.Summary] = "an issue summary",
        [ElementKeys.SummaryDuration] = "the outage duration in the summary",
        [ElementKeys.SummaryStartEndTimes] = "start and end times in the summary",
        [ElementKeys.SummaryTimezone] = "the timezone of the summary's times",
        [ElementKeys.SummaryImpact] = "the impact (which service, what users experienced)",
        [ElementKeys.SummaryAffectedPercentage] = "the percentage of users affected",
        [ElementKeys.SummaryRootCause] = "the root cause in the summary",
        [ElementKeys.Timeline] = "a timeline",
        [ElementKeys.TimelineDetectedAt] = "when the issue was detected",
        [ElementKeys.TimelineDetectionMethod] = "how the issue was detected",
        [ElementKeys.TimelineActions] = "the actions taken",
        [ElementKeys.TimelineMisleadingPaths] = "a misleading investigation path",
        [ElementKeys.TimelineEscalation] = "who the incident was escalated to",
        [ElementKeys.TimelineResolution] = "how the incident was resolved",
        [ElementKeys.RootCause] = "a detailed root cause",
        [ElementKeys.RootCauseResolution] = "how the issue was fixed",
        [ElementKeys.Measures] = "corrective and preventative measures",
        [ElementKeys.MeasuresImprovements] = "broad improvements",
        [ElementKeys.MeasuresTasks] = "a list of specific tasks",
        [ElementKeys.Length] = "a length within the word budget",
        [ElementKeys.Visual] = "an image or diagram",
    };

    public RuleInfo Info { get; } = new(
        Id: "DB002", Name: "required-elements", Family: RuleFamilies.Structure,
        Summary: "An element the profile requires is missing",
        Why: "Each element answers a question a reader will ask (how long, how many users, what caused it, what we will do). The element report shows where each one was found, so a reviewer can check the answer.",
        Bad: "## Issue Summary\n\nThe site was slow for some users because of a bad cache setting.\n",
        Good: "## Issue Summary\n\nFrom 14:00 to 15:30 UTC (1 hour 30 minutes) the site was slow: pages took 10 seconds to load for 40% of users. The root cause was a cache TTL set to zero.\n\n"
            + "## Timeline\n\n- 14:05 UTC - A latency alert paged the on-call engineer.\n- 14:20 UTC - Investigated the database first, which was a dead end.\n- 14:40 UTC - Escalated to the cache team.\n- 15:30 UTC - Restored the cache TTL to 300 seconds; latency back to normal.\n\n"
            + "## Root Cause and Resolution\n\nA config change set the cache TTL to zero, so every request went to the database. We fixed it by restoring the TTL to 300 seconds.\n\n"
            + "## Corrective and Preventative Measures\n\nImprove how cache settings are reviewed.\n\n- Add a validation that rejects a cache TTL of zero in the config pipeline.\n\n![Latency during the outage](https://example.com/latency.png)\n")
    {
        HowToFix = "Add the missing element; `debrief show` and the JSON `elements` object show what was found and where.",
    };

    /// <summary>Human wording of an element key.</summary>
    public static string Describe(string key) => Descriptions.TryGetValue(key, out var d) ? d : key;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var key in ElementKeys.All)
        {
            if (!context.Profile.Requires(key) || context.ClaimedElements.Contains(key) || context.Elements[key].Found)
                continue;
            yield return Info.AtDocument($"missing element {key}: {Describe(key)}") with { Element = key };
        }
    }
}
