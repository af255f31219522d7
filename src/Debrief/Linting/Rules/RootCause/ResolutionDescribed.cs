// DB052: the document explains how the issue was fixed.
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.RootCause;

/// <summary>Reports a missing or one-word resolution.</summary>
public sealed class ResolutionDescribed : ILintRule
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        [ElementKeys.RootCauseResolution] = "the document does not explain how the issue was fixed",
    };

    public RuleInfo Info { get; } = new(
        Id: "DB052", Name: "resolution-described", Family: RuleFamilies.RootCause,
        Summary: "The resolution is missing or not described",
        Why: "The next responder needs to know what actually restored service (and what did not) to do it faster next time.",
        Bad: "## Root Causes\n\nA deploy script ran the migration against production instead of staging because both used the same variable name.\n",
        Good: "## Root Cause and Resolution\n\nA deploy script ran the migration against production instead of staging because both used the same variable name. We fixed it by restoring the table from the 09:00 backup and renaming the variable.\n")
    {
        Elements = [ElementKeys.RootCauseResolution],
        HowToFix = "Describe the fix: what was changed, rolled back or restarted, and how you confirmed service was restored.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var at = doc.Sections.FirstOrDefault(s => s.Kind is SectionKind.RootCauseAndResolution or SectionKind.Resolution or SectionKind.RootCause)?.HeadingSpan;
        foreach (var d in MissingElements.Report(context, Info, Messages, at))
            yield return d;
        if (doc.RootCause.Resolution is { } resolution && Prose.Words(resolution.Text).Count < 4 && context.Elements[ElementKeys.RootCauseResolution].Found)
            yield return Info.At(resolution.Span, $"resolution '{resolution.Text.Trim()}' is too short to tell the next responder what worked");
    }
}
