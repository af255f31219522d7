// Finds every concrete Debrief.Evidence.ILogReader in the core and generates ReaderCatalog.Discovered() that creates them.
using Microsoft.CodeAnalysis;

namespace Debrief.Generators;

/// <summary>Log-reader discovery at compile time, like rules: no reflection, so it works under Native AOT and trimming, and
/// there is no hand-kept list to forget. A reader is a non-abstract class with a public parameterless constructor that
/// the catalog can see; any other concrete ILogReader is a build error (DBG002).</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReaderDiscoveryGenerator : IIncrementalGenerator
{
    private static readonly DiscoveryTarget Target = new(
        "ReaderDiscoveryGenerator", "Debrief.Evidence.ILogReader", "Debrief.Evidence", "ReaderCatalog", "ReaderCatalog.Discovered.g.cs", "log reader",
        new DiagnosticDescriptor(
            "DBG002", "Log reader cannot be created",
            "Log reader '{0}' must be a non-generic, non-private class with a public parameterless constructor to be discovered",
            "Debrief", DiagnosticSeverity.Error, isEnabledByDefault: true),
        RequireAccessible: true);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context) => TypeDiscovery.Initialize(context, Target);
}
