// The stable element keys of PRODUCT section 1; part of the public JSON output.
namespace Debrief.Model;

/// <summary>The element keys every report lists, in their documented order.</summary>
public static class ElementKeys
{
    public const string Summary = "summary";
    public const string SummaryDuration = "summary.duration";
    public const string SummaryStartEndTimes = "summary.start_end_times";
    public const string SummaryTimezone = "summary.timezone";
    public const string SummaryImpact = "summary.impact";
    public const string SummaryAffectedPercentage = "summary.affected_percentage";
    public const string SummaryRootCause = "summary.root_cause";
    public const string Timeline = "timeline";
    public const string TimelineDetectedAt = "timeline.detected_at";
    public const string TimelineDetectionMethod = "timeline.detection_method";
    public const string TimelineActions = "timeline.actions";
    public const string TimelineMisleadingPaths = "timeline.misleading_paths";
    public const string TimelineEscalation = "timeline.escalation";
    public const string TimelineResolution = "timeline.resolution";
    public const string RootCause = "root_cause";
    public const string RootCauseResolution = "root_cause.resolution";
    public const string Measures = "measures";
    public const string MeasuresImprovements = "measures.improvements";
    public const string MeasuresTasks = "measures.tasks";
    public const string Length = "length";
    public const string Visual = "visual";

    /// <summary>All keys in documented order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Summary, SummaryDuration, SummaryStartEndTimes, SummaryTimezone, SummaryImpact,
        SummaryAffectedPercentage, SummaryRootCause, Timeline, TimelineDetectedAt, TimelineDetectionMethod,
        TimelineActions, TimelineMisleadingPaths, TimelineEscalation, TimelineResolution, RootCause,
        RootCauseResolution, Measures, MeasuresImprovements, MeasuresTasks, Length, Visual,
    ];
}
