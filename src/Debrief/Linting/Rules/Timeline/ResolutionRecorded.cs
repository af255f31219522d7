// DB043: the timeline says how and when the incident was resolved.
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Timeline;

/// <summary>Reports a timeline without its resolution.</summary>
public sealed class ResolutionRecorded : ILintRule
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        [ElementKeys.TimelineResolution] = "the timeline does not say how and when the incident was resolved",
    };

    public RuleInfo Info { get; } = new(
        Id: "DB043", Name: "resolution-recorded", Family: RuleFamilies.Timeline,
        Summary: "The timeline does not record the resolution",
        Why: "Without the moment service was restored, nobody can compute time to resolve, and readers do not know which action actually worked.",
        Bad: "## Timeline\n\n- 10:05 UTC - An alert paged the on-call engineer.\n- 10:15 UTC - Escalated to the database team.\n",
        Good: "## Timeline\n\n- 10:05 UTC - An alert paged the on-call engineer.\n- 10:15 UTC - Escalated to the database team.\n- 10:40 UTC - Restarted the primary database; service restored.\n")
    {
        Elements = [ElementKeys.TimelineResolution],
        HowToFix = "Add an entry such as \"10:40 UTC - Rolled back release 4.2; error rate back to normal\".",
    };

    public IEnumerable<Diagnostic> Check(LintContext context) =>
        MissingElements.Report(context, Info, Messages, MissingElements.HeadingOf(context.Document, SectionKind.Timeline));
}
