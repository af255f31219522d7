// DB041: the timeline says when the issue was detected and how (alert, engineer, customer).
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Timeline;

/// <summary>Reports a missing detection time or detection method.</summary>
public sealed class DetectionRecorded : ILintRule
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        [ElementKeys.TimelineDetectedAt] = "the timeline does not say when the issue was detected",
        [ElementKeys.TimelineDetectionMethod] = "the timeline does not say how the issue was detected (alert, engineer, customer)",
    };

    public RuleInfo Info { get; } = new(
        Id: "DB041", Name: "detection-recorded", Family: RuleFamilies.Timeline,
        Summary: "The timeline does not record when and how the issue was detected",
        Why: "Time to detect is the first number that improves with better monitoring; how it was detected (an alert, an engineer, a customer) says whether monitoring worked.",
        Bad: "## Timeline\n\n- 10:20 UTC - Restarted the web servers.\n- 10:40 UTC - Service restored.\n",
        Good: "## Timeline\n\n- 10:05 UTC - A monitoring alert on HTTP 500s paged the on-call engineer.\n- 10:20 UTC - Restarted the web servers.\n- 10:40 UTC - Service restored.\n")
    {
        Elements = [ElementKeys.TimelineDetectedAt, ElementKeys.TimelineDetectionMethod],
        HowToFix = "Add an entry such as \"10:05 UTC - A monitoring alert on error rate paged the on-call engineer\".",
    };

    public IEnumerable<Diagnostic> Check(LintContext context) =>
        MissingElements.Report(context, Info, Messages, MissingElements.HeadingOf(context.Document, SectionKind.Timeline));
}
