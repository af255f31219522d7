// What the pipeline needs besides the text: the config in force, the profile (resolved once per run) and an asset resolver.
using Debrief.Linting;
using Debrief.Linting.Profiles;

namespace Debrief.Pipeline;

/// <summary>Options of <see cref="DocumentPipeline.Analyze"/>. Immutable; share one instance across documents and threads.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Built-in defaults: no config, the config's (default) profile, no assets, lint on.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>The configuration in force (a <c>.debrief.yml</c> already read by the caller), or built-in defaults.</summary>
    public LintConfig Config { get; init; } = LintConfig.Empty;

    /// <summary>The profile to check against; null means the one <see cref="Config"/> names (or <c>brief</c>).
    /// Resolve it once per run with <see cref="LintConfig.ResolveProfile"/>, not once per document.</summary>
    public Profile? Profile { get; init; }

    /// <summary>Resolves relative links and images; null when there is nothing to resolve against (stdin, text).</summary>
    public IAssetResolver? Assets { get; init; }

    /// <summary>False to skip the lint rules (the element report is always computed).</summary>
    public bool Lint { get; init; } = true;

    /// <summary>The profile in force: <see cref="Profile"/> or the config's.</summary>
    public Profile EffectiveProfile => Profile ?? Config.ResolveProfile(null);
}
