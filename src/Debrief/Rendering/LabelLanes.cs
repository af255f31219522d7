// Places diagram labels in stacked lanes so none overlap: each label starts at its marker or, when crowded, a little after it.
namespace Debrief.Rendering;

/// <summary>Where one label was placed.</summary>
/// <param name="Lane">0 is the lane nearest the axis.</param>
/// <param name="X">Left edge of the label.</param>
public readonly record struct LanePlacement(int Lane, double X);

/// <summary>Greedy lane assignment for labels anchored at increasing x positions.</summary>
public static class LabelLanes
{
    /// <summary>
    /// Places labels (anchor x, width) in order. A label goes into the first lane where it fits at or after its anchor,
    /// shifted right by at most <paramref name="maxShift"/>; near the right edge it is right-aligned to stay inside.
    /// </summary>
    public static IReadOnlyList<LanePlacement> Place(IReadOnlyList<(double Anchor, double Width)> labels, double left, double right,
        double gap = 10, double maxShift = 90)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var laneEnds = new List<double>();
        var result = new List<LanePlacement>(labels.Count);
        foreach (var (anchor, width) in labels)
        {
            var ideal = Math.Clamp(anchor, left, Math.Max(left, right - width));
            var placed = false;
            for (var lane = 0; lane < laneEnds.Count; lane++)
            {
                var x = Math.Max(ideal, laneEnds[lane] + gap);
                if (x - ideal <= maxShift && x + width <= right)
                {
                    laneEnds[lane] = x + width;
                    result.Add(new LanePlacement(lane, x));
                    placed = true;
                    break;
                }
            }
            if (!placed)
            {
                laneEnds.Add(ideal + width);
                result.Add(new LanePlacement(laneEnds.Count - 1, ideal));
            }
        }
        return result;
    }
}
