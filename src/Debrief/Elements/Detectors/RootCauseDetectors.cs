// Detectors for the root cause and resolution narrative.
using Debrief.Model;
using static Debrief.Model.ElementKeys;

namespace Debrief.Elements.Detectors;

/// <summary>Root cause and resolution elements.</summary>
internal static class RootCauseDetectors
{
    public static IReadOnlyList<IElementDetector> All { get; } =
    [
        new Detector(RootCause, c => Evidence.Found(RootCause, c.Postmortem.RootCause.Cause) is { Found: true } r ? r
            : Evidence.Missing(RootCause, "no root cause section explaining what caused the issue")),
        new Detector(RootCauseResolution, c => Evidence.Found(RootCauseResolution, c.Postmortem.RootCause.Resolution) is { Found: true } r ? r
            : Evidence.Missing(RootCauseResolution, "no explanation of how the issue was fixed")),
    ];
}
