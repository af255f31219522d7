// The contract of a lint rule: metadata plus one check method (STYLE "Rules as data plus one method").
namespace Debrief.Linting;

/// <summary>A lint rule. One rule per file under <c>Linting/Rules/&lt;Family&gt;/</c>; a non-abstract class with a public
/// parameterless constructor, found at compile time and listed in <see cref="RuleCatalog"/>.</summary>
public interface ILintRule
{
    /// <summary>Identity, documentation and defaults.</summary>
    RuleInfo Info { get; }

    /// <summary>Reports findings for one document. Must not throw on any input the parser accepts.</summary>
    IEnumerable<Diagnostic> Check(LintContext context);
}
