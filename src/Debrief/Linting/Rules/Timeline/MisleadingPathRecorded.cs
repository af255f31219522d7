// DB044: the timeline records at least one misleading investigation path (brief profile).
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Timeline;

/// <summary>Reports a timeline that shows no dead end, when the profile asks for one.</summary>
public sealed class MisleadingPathRecorded : ILintRule
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        [ElementKeys.TimelineMisleadingPaths] = "the timeline records no misleading investigation or debugging path",
    };

    public RuleInfo Info { get; } = new(
        Id: "DB044", Name: "misleading-path-recorded", Family: RuleFamilies.Timeline,
        Summary: "The timeline records no misleading investigation path",
        Why: "The dead ends are where the time went; recording them shows which dashboards or assumptions misled responders, which is often the most useful lesson.",
        Bad: "## Timeline\n\n- 10:05 UTC - An alert paged the on-call engineer.\n- 10:40 UTC - Restarted the database; service restored.\n",
        Good: "## Timeline\n\n- 10:05 UTC - An alert paged the on-call engineer.\n- 10:15 UTC - Suspected the load balancer, which turned out to be a dead end.\n- 10:40 UTC - Restarted the database; service restored.\n")
    {
        Elements = [ElementKeys.TimelineMisleadingPaths],
        HowToFix = "Add the assumption that was wrong: \"10:15 UTC - Suspected the load balancer; its metrics were normal\".",
    };

    public IEnumerable<Diagnostic> Check(LintContext context) =>
        MissingElements.Report(context, Info, Messages, MissingElements.HeadingOf(context.Document, SectionKind.Timeline));
}
