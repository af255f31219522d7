// DB042: the timeline says who the incident was escalated to.
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Timeline;

/// <summary>Reports a timeline without an escalation.</summary>
public sealed class EscalationRecorded : ILintRule
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        [ElementKeys.TimelineEscalation] = "the timeline does not say which team or person the incident was escalated to",
    };

    public RuleInfo Info { get; } = new(
        Id: "DB042", Name: "escalation-recorded", Family: RuleFamilies.Timeline,
        Summary: "The timeline does not say who the incident was escalated to",
        Why: "Who was pulled in, and when, shows whether the right people were reachable; slow escalation is one of the commonest causes of long outages.",
        Bad: "## Timeline\n\n- 10:05 UTC - A monitoring alert fired on the error rate.\n- 10:40 UTC - Service restored.\n",
        Good: "## Timeline\n\n- 10:05 UTC - An alert paged the on-call engineer.\n- 10:15 UTC - Escalated to the database team.\n- 10:40 UTC - Service restored.\n")
    {
        Elements = [ElementKeys.TimelineEscalation],
        HowToFix = "Add an entry such as \"10:15 UTC - Escalated to the database team\".",
    };

    public IEnumerable<Diagnostic> Check(LintContext context) =>
        MissingElements.Report(context, Info, Messages, MissingElements.HeadingOf(context.Document, SectionKind.Timeline));
}
