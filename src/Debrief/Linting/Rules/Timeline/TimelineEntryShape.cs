// DB040: each timeline entry is `time - one or two sentences`.
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Timeline;

/// <summary>Reports timeline entries without text or longer than the allowed sentences/words.</summary>
public sealed class TimelineEntryShape : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB040", Name: "timeline-entry-shape", Family: RuleFamilies.Timeline,
        Summary: "A timeline entry is not `time - one or two sentences`",
        Why: "A timeline is scanned, not read: one moment per line, a sentence or two each. Long entries hide the sequence; entries without text say nothing.",
        Bad: "## Timeline\n\n- 10:05 UTC - The alert fired. We looked at the load balancer. Then we looked at the database. Then we restarted the cache. It did not help.\n",
        Good: "## Timeline\n\n- 10:05 UTC - The alert fired; we checked the load balancer first.\n- 10:20 UTC - Restarting the cache did not help.\n")
    {
        Options =
        [
            new RuleOption("max-sentences", "2", "Most sentences per entry."),
            new RuleOption("max-words", "60", "Most words per entry."),
        ],
        HowToFix = "Split the entry into one entry per moment, or move the explanation to the root-cause section.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var maxSentences = context.IntOption(Info, "max-sentences", 2);
        var maxWords = context.IntOption(Info, "max-words", 60);
        var timeline = context.Document.Timeline;
        foreach (var entry in timeline)
        {
            // A lone dated paragraph in a narrative timeline ("On 23 April, 1AM SAST, our alerts fired. ...") is prose
            // that starts with a time, not a `time - text` entry; its length is not an entry's length.
            if (timeline.Count == 1 && LineKindAt(context, entry.Span.Line) == LineKind.Paragraph)
                continue;
            var text = entry.Text.Trim().Trim('-', '–', '—', ':', ' ');
            if (Prose.Words(text).Count == 0)
            {
                yield return Info.At(entry.Span, $"timeline line '{entry.TimeText.Trim()}' is a time with no description; write `time - what happened`");
                continue;
            }
            var sentences = Prose.Sentences(text).Count;
            var words = Prose.Words(text).Count;
            if (sentences > maxSentences)
                yield return Info.At(entry.Span, $"entry '{entry.TimeText.Trim()}' has {sentences} sentences (at most {maxSentences})");
            else if (words > maxWords)
                yield return Info.At(entry.Span, $"entry '{entry.TimeText.Trim()}' has {words} words (at most {maxWords})");
        }
    }

    private static LineKind? LineKindAt(LintContext context, int line) =>
        line >= 1 && line <= context.Document.Lines.Count ? context.Document.Lines[line - 1].Kind : null;
}
