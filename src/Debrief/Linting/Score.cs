// The 0-100 score: half for the required elements present, half for findings avoided; every lost point has a reason.
using Debrief.Model;

namespace Debrief.Linting;

/// <summary>Points lost for one element or one rule.</summary>
/// <param name="Key">An element key or a rule id.</param>
/// <param name="Points">Points lost (positive).</param>
/// <param name="Detail">Why, in words.</param>
public sealed record ScoreReason(string Key, double Points, string Detail);

/// <summary>A document's score and the reasons it is not 100.</summary>
public sealed record Score(int Value, IReadOnlyList<ScoreReason> Reasons)
{
    /// <summary>Points for having every required element.</summary>
    public const double ElementPoints = 50;
    /// <summary>Points for clean findings.</summary>
    public const double FindingPoints = 50;
    /// <summary>Cost of one error finding.</summary>
    public const double ErrorCost = 10;
    /// <summary>Cost of one warning finding.</summary>
    public const double WarningCost = 3;
    /// <summary>A single rule never costs more than this, so one noisy rule cannot sink a document.</summary>
    public const double RuleCap = 15;

    /// <summary>Computes the score. <paramref name="requiredElements"/> are the profile's elements whose rule is enabled;
    /// findings about missing elements (<see cref="Diagnostic.Element"/>) are priced by the element half only.</summary>
    public static Score Compute(IReadOnlyCollection<string> requiredElements, ElementReport elements, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(requiredElements);
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var reasons = new List<ScoreReason>();
        var total = ElementPoints + FindingPoints;
        if (requiredElements.Count > 0)
        {
            var each = ElementPoints / requiredElements.Count;
            foreach (var key in ElementKeys.All.Where(requiredElements.Contains))
            {
                if (elements[key].Found)
                    continue;
                reasons.Add(new ScoreReason(key, each, $"element {key} is missing"));
                total -= each;
            }
        }
        foreach (var group in diagnostics.Where(d => d.Element is null).GroupBy(d => (d.Rule, d.Name)).OrderBy(g => g.Key.Rule, StringComparer.Ordinal))
        {
            var errors = group.Count(d => d.Severity == Severity.Error);
            var warnings = group.Count(d => d.Severity == Severity.Warning);
            var cost = Math.Min(RuleCap, errors * ErrorCost + warnings * WarningCost);
            if (cost <= 0)
                continue;
            var parts = new List<string>();
            if (errors > 0)
                parts.Add($"{errors} error{(errors == 1 ? "" : "s")}");
            if (warnings > 0)
                parts.Add($"{warnings} warning{(warnings == 1 ? "" : "s")}");
            reasons.Add(new ScoreReason(group.Key.Rule, cost, $"{group.Key.Name}: {string.Join(", ", parts)}"));
            total -= cost;
        }
        var value = (int)Math.Round(Math.Clamp(total, 0, 100), MidpointRounding.AwayFromZero);
        return new Score(value, reasons.OrderByDescending(r => r.Points).ThenBy(r => r.Key, StringComparer.Ordinal).ToList());
    }
}
