// The registry of rules: an explicit list (Native AOT needs no reflection); a meta-test checks every ILintRule is here.
using Debrief.Linting.Rules.ActionItems;
using Debrief.Linting.Rules.Impact;
using Debrief.Linting.Rules.Language;
using Debrief.Linting.Rules.Length;
using Debrief.Linting.Rules.Links;
using Debrief.Linting.Rules.RootCause;
using Debrief.Linting.Rules.Structure;
using Debrief.Linting.Rules.Time;
using Debrief.Linting.Rules.Timeline;

namespace Debrief.Linting;

/// <summary>Every rule, in id order. Adding a rule: one file under Rules/&lt;Family&gt;/ and one line here
/// (the RuleCatalog meta-test fails until it is listed, and the docs test until docs/rules is regenerated).</summary>
public static class RuleCatalog
{
    /// <summary>All rules.</summary>
    public static IReadOnlyList<ILintRule> All { get; } =
    [
        new RequiredSections(),
        new RequiredElements(),
        new HeadingNames(),
        new TimelineChronological(),
        new TimezoneStated(),
        new StartDetectionEnd(),
        new TimelineInWindow(),
        new DurationMatches(),
        new DatesConsistent(),
        new WordBudget(),
        new SectionWordBudget(),
        new ImpactQuantified(),
        new PercentageRange(),
        new ImpactFiguresConsistent(),
        new TimelineEntryShape(),
        new DetectionRecorded(),
        new EscalationRecorded(),
        new ResolutionRecorded(),
        new MisleadingPathRecorded(),
        new RootCauseSpecific(),
        new TriggerDistinct(),
        new ResolutionDescribed(),
        new ActionItemSpecific(),
        new ActionItemFieldsPresent(),
        new PreventiveAction(),
        new ActionItemDuplicate(),
        new BlamePerson(),
        new BlameLanguage(),
        new HumanErrorCause(),
        new DramaticLanguage(),
        new RelativeLinksResolve(),
        new ImageAltText(),
        new VisualPresent(),
    ];

    /// <summary>A rule by id (DB010) or name (timeline-chronological), case-insensitive; null when unknown.</summary>
    public static ILintRule? Find(string idOrName) =>
        All.FirstOrDefault(r => string.Equals(r.Info.Id, idOrName, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(r.Info.Name, idOrName, StringComparison.OrdinalIgnoreCase));
}
