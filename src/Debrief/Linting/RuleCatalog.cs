// The registry of rules: every ILintRule in the core, found at compile time by Debrief.Generators (no reflection, AOT-safe).
namespace Debrief.Linting;

/// <summary>Every rule, in id order. Adding a rule is adding one file under Rules/&lt;Family&gt;/: the
/// RuleDiscoveryGenerator lists it here (the docs test then asks for docs/rules to be regenerated).</summary>
public static partial class RuleCatalog
{
    /// <summary>All rules, in id order.</summary>
    public static IReadOnlyList<ILintRule> All { get; } = [.. Discovered().OrderBy(r => r.Info.Id, StringComparer.Ordinal)];

    /// <summary>A rule by id (DB010) or name (timeline-chronological), case-insensitive; null when unknown.</summary>
    public static ILintRule? Find(string idOrName) =>
        All.FirstOrDefault(r => string.Equals(r.Info.Id, idOrName, StringComparison.OrdinalIgnoreCase)
                                || string.Equals(r.Info.Name, idOrName, StringComparison.OrdinalIgnoreCase));
}
