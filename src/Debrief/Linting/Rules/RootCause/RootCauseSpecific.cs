// DB050: the root cause explains a mechanism, not just "human error" or "a bug".
using System.Text.RegularExpressions;
using Debrief.Linting.Analysis;
using Debrief.Linting.Vocabulary;
using Debrief.Model;

namespace Debrief.Linting.Rules.RootCause;

/// <summary>Reports a missing, generic or one-line root cause.</summary>
public sealed partial class RootCauseSpecific : ILintRule
{
    private static readonly Dictionary<string, string> Messages = new()
    {
        [ElementKeys.RootCause] = "the document does not explain the root cause in detail",
    };

    public RuleInfo Info { get; } = new(
        Id: "DB050", Name: "root-cause-specific", Family: RuleFamilies.RootCause,
        Summary: "The root cause is missing or generic (\"human error\", \"a bug\")",
        Why: "\"Human error\" and \"a bug\" are where an investigation starts, not where it ends: they do not say which mechanism failed or why the system allowed it, so they lead to no useful action item.",
        Bad: "## Root Cause and Resolution\n\nHuman error.\n",
        Good: "## Root Cause and Resolution\n\nA deploy script ran the database migration against production instead of staging because both used the same environment variable name. We restored the table from the 09:00 backup.\n")
    {
        Elements = [ElementKeys.RootCause],
        Options = [new RuleOption("min-words", "12", "Fewest words in the root-cause section before it counts as a one-liner.")],
        HowToFix = "Say which component failed, how, and why nothing stopped it; ask \"why?\" until the answer is something you can change.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        foreach (var d in MissingElements.Report(context, Info, Messages))
        {
            yield return d;
            yield break;
        }
        var candidates = new List<(string Text, SourceSpan Span)>();
        if (doc.RootCause.Cause is { } cause)
            candidates.Add((cause.Text, cause.Span));
        if (doc.Summary.RootCause is { } summaryCause)
            candidates.Add((summaryCause.Text, summaryCause.Span));
        foreach (var (text, span) in candidates)
        {
            var core = FillerRegex().Replace(text, " ").Trim().Trim('.', ':', ' ', '*', '-').Trim();
            if (core.Length > 0 && context.Vocabulary.Contains(LintVocabulary.GenericCauses, core))
            {
                yield return Info.At(span, $"root cause '{text.Trim()}' is generic; say which mechanism failed and why");
                yield break;
            }
        }
        var section = doc.Sections.FirstOrDefault(s => s.Kind is SectionKind.RootCause or SectionKind.RootCauseAndResolution);
        var minWords = context.IntOption(Info, "min-words", 12);
        if (section is not null && Prose.Words(section.Body).Count < minWords && doc.RootCause.Cause is null or { Text.Length: < 80 })
            yield return Info.At(section.HeadingSpan, $"the root-cause section has {Prose.Words(section.Body).Count} words; explain the cause in detail");
    }

    [GeneratedRegex(@"^\s*(?:the\s+)?(?:root\s+cause|cause)(?:\s+of\s+(?:the\s+)?(?:outage|incident|issue|problem))?\s*(?:was|is|:)?\s*(?:identified\s+as|determined\s+to\s+be|found\s+to\s+be)?|\b(?:simply|just|basically|only)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FillerRegex();
}
