// Finds every concrete Debrief.Linting.ILintRule in the core and generates RuleCatalog.Discovered() that creates them.
using Microsoft.CodeAnalysis;

namespace Debrief.Generators;

/// <summary>Rule discovery at compile time: no reflection at run time, so it works under Native AOT and trimming.
/// A rule is a non-abstract class with a public parameterless constructor (abstract classes are shared bases and
/// skipped); any other concrete ILintRule is a build error (DBG001), so a rule can never be silently left out.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class RuleDiscoveryGenerator : IIncrementalGenerator
{
    private static readonly DiscoveryTarget Target = new(
        "RuleDiscoveryGenerator", "Debrief.Linting.ILintRule", "Debrief.Linting", "RuleCatalog", "RuleCatalog.Discovered.g.cs", "lint rule",
        new DiagnosticDescriptor(
            "DBG001", "Lint rule cannot be created",
            "Lint rule '{0}' must be a non-generic class with a public parameterless constructor to be discovered",
            "Debrief", DiagnosticSeverity.Error, isEnabledByDefault: true),
        RequireAccessible: false);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context) => TypeDiscovery.Initialize(context, Target);
}
