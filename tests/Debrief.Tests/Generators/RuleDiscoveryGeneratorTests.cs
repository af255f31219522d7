// The rule-discovery generator run over small in-memory compilations: finds rules, refuses ones it cannot create.
using Debrief.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Debrief.Tests.Generators;

public sealed class RuleDiscoveryGeneratorTests
{
    private const string Contract = """
        namespace Debrief.Linting { public interface ILintRule { } public static partial class RuleCatalog { } }
        """;

    private static (string Source, IReadOnlyList<Diagnostic> Diagnostics) Run(string code)
    {
        var compilation = CSharpCompilation.Create("Probe",
            [CSharpSyntaxTree.ParseText(Contract), CSharpSyntaxTree.ParseText(code)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create(new RuleDiscoveryGenerator()).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        return (string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString())), result.Diagnostics);
    }

    [Fact]
    public void Every_concrete_rule_class_is_created_in_name_order()
    {
        var (source, diagnostics) = Run("""
            namespace Debrief.Linting.Rules.X
            {
                public sealed class Zeta : Debrief.Linting.ILintRule { }
                public sealed class Alpha : Debrief.Linting.ILintRule { }
                public abstract class RuleBase : Debrief.Linting.ILintRule { }
                public sealed class Derived : RuleBase { }
                public sealed class Unrelated { }
            }
            """);
        Assert.Empty(diagnostics);
        var alpha = source.IndexOf("new global::Debrief.Linting.Rules.X.Alpha()", StringComparison.Ordinal);
        var zeta = source.IndexOf("new global::Debrief.Linting.Rules.X.Zeta()", StringComparison.Ordinal);
        Assert.True(alpha > 0 && zeta > alpha, source);
        Assert.Contains("new global::Debrief.Linting.Rules.X.Derived()", source);
        Assert.DoesNotContain("Unrelated", source);
        Assert.DoesNotContain("RuleBase()", source);
    }

    [Fact]
    public void A_rule_without_a_public_parameterless_constructor_is_a_build_error()
    {
        var (source, diagnostics) = Run("""
            namespace Debrief.Linting.Rules.X
            {
                public sealed class NeedsArgs : Debrief.Linting.ILintRule { public NeedsArgs(int n) { } }
                public abstract class Base : Debrief.Linting.ILintRule { }
                public sealed class Generic<T> : Debrief.Linting.ILintRule { }
            }
            """);
        Assert.DoesNotContain("Base()", source);
        Assert.Equal(2, diagnostics.Count(d => d.Id == "DBG001" && d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain("NeedsArgs()", source);
    }
}
