// The reader-discovery generator run over small in-memory compilations: finds readers, refuses ones it cannot create or see.
using Debrief.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Debrief.Tests.Generators;

public sealed class ReaderDiscoveryGeneratorTests
{
    private const string Contract = """
        namespace Debrief.Evidence { public interface ILogReader { } public static partial class ReaderCatalog { } }
        namespace Debrief.Linting { public interface ILintRule { } public static partial class RuleCatalog { } }
        """;

    private static (string Source, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> Compile) Run(string code)
    {
        var compilation = CSharpCompilation.Create("Probe",
            [CSharpSyntaxTree.ParseText(Contract), CSharpSyntaxTree.ParseText(code)],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create(new ReaderDiscoveryGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult().Results.Single();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return (string.Join("\n", result.GeneratedSources.Select(s => s.SourceText.ToString())), result.Diagnostics, errors);
    }

    [Fact]
    public void Every_concrete_reader_class_is_created_in_name_order_and_compiles()
    {
        var (source, diagnostics, compile) = Run("""
            namespace Debrief.Evidence.Readers
            {
                public sealed class Zeta : Debrief.Evidence.ILogReader { }
                public sealed class Alpha : Debrief.Evidence.ILogReader { }
                internal sealed class Hidden : Debrief.Evidence.ILogReader { }
                public abstract class LineBase : Debrief.Evidence.ILogReader { }
                public sealed class Derived : LineBase { }
                public static class Outer { internal sealed class Nested : Debrief.Evidence.ILogReader { } }
                public sealed class Rule : Debrief.Linting.ILintRule { }
                public sealed class Unrelated { }
            }
            """);
        Assert.Empty(diagnostics);
        Assert.Empty(compile);
        var alpha = source.IndexOf("new global::Debrief.Evidence.Readers.Alpha()", StringComparison.Ordinal);
        var zeta = source.IndexOf("new global::Debrief.Evidence.Readers.Zeta()", StringComparison.Ordinal);
        Assert.True(alpha > 0 && zeta > alpha, source);
        Assert.Contains("new global::Debrief.Evidence.Readers.Derived()", source);
        Assert.Contains("new global::Debrief.Evidence.Readers.Hidden()", source);
        Assert.Contains("new global::Debrief.Evidence.Readers.Outer.Nested()", source);
        Assert.Contains("public static partial class ReaderCatalog", source);
        Assert.DoesNotContain("Unrelated", source);
        Assert.DoesNotContain("LineBase()", source);
        // rules are the other generator's business
        Assert.DoesNotContain("Rule()", source);
    }

    [Fact]
    public void A_reader_the_catalog_cannot_create_or_see_is_a_build_error()
    {
        var (source, diagnostics, compile) = Run("""
            namespace Debrief.Evidence.Readers
            {
                public sealed class NeedsArgs : Debrief.Evidence.ILogReader { public NeedsArgs(int n) { } }
                public sealed class Generic<T> : Debrief.Evidence.ILogReader { }
                public sealed class Holder { private sealed class Secret : Debrief.Evidence.ILogReader { } }
                public sealed class PrivateCtor : Debrief.Evidence.ILogReader { private PrivateCtor() { } }
            }
            """);
        Assert.Equal(4, diagnostics.Count(d => d.Id == "DBG002" && d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain("NeedsArgs()", source);
        Assert.DoesNotContain("Secret()", source);
        Assert.Empty(compile);
    }
}
