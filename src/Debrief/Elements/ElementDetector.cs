// Runs every element detector over a parsed postmortem and gathers the element report.
using Debrief.Elements.Detectors;
using Debrief.Model;

namespace Debrief.Elements;

/// <summary>Produces the <see cref="ElementReport"/> of a document.</summary>
public static class ElementDetector
{
    /// <summary>All detectors, one per element key.</summary>
    public static IReadOnlyList<IElementDetector> All { get; } =
    [
        .. SummaryDetectors.All, .. TimelineDetectors.All, .. RootCauseDetectors.All, .. MeasuresDetectors.All,
        .. DocumentDetectors.All,
    ];

    /// <summary>Finds every element of PRODUCT section 1 in <paramref name="postmortem"/>.</summary>
    public static ElementReport Detect(Postmortem postmortem)
    {
        var context = new ElementContext(postmortem);
        return new ElementReport(All.Select(d => d.Detect(context)));
    }
}
