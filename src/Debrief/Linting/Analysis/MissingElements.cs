// Shared by the rules that own element keys: report each required, missing key once, marked with its element.
using Debrief.Model;

namespace Debrief.Linting.Analysis;

/// <summary>Turns missing required elements into findings.</summary>
public static class MissingElements
{
    /// <summary>One finding per key that the profile requires and the element report did not find.</summary>
    public static IEnumerable<Diagnostic> Report(LintContext context, RuleInfo rule, IReadOnlyDictionary<string, string> messages, SourceSpan? at = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var key in rule.Elements)
        {
            if (!context.Profile.Requires(key) || context.Elements[key].Found)
                continue;
            var span = at ?? SourceSpan.None;
            yield return rule.At(span, $"{messages[key]} ({key})") with { Element = key };
        }
    }

    /// <summary>The heading of the first section of a kind, to point findings at.</summary>
    public static SourceSpan HeadingOf(Postmortem document, SectionKind kind) => document.SectionOf(kind)?.HeadingSpan ?? SourceSpan.None;
}
