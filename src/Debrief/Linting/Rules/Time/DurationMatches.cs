// DB014: the stated duration matches the start and end times; a missing duration is computed and inserted by --fix.
using Debrief.Linting.Analysis;
using Debrief.Model;

namespace Debrief.Linting.Rules.Time;

/// <summary>Reports a stated duration that disagrees with start/end, and a missing duration (fixable when computable).</summary>
public sealed partial class DurationMatches : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB014", Name: "duration-matches", Family: RuleFamilies.Time,
        Summary: "The stated duration disagrees with the start and end times, or is missing",
        Why: "Readers quote the duration; if it disagrees with the times, one of them is wrong. When only the times are given, the duration is arithmetic a tool can do.",
        Bad: "## Issue Summary\n\nFrom 10:00 to 11:00 UTC the API returned errors.\n",
        Good: "## Issue Summary\n\nThe outage lasted 1 hour, from 10:00 to 11:00 UTC.\n")
    {
        Severity = Severity.Error,
        Fixable = true,
        Elements = [ElementKeys.SummaryDuration],
        Options = [new RuleOption("tolerance-percent", "20", "How far (percent of the computed duration, at least 10 minutes) a stated duration may be off.")],
        HowToFix = "Correct the duration or the times. When the duration is missing, `debrief lint --fix` inserts the one computed from start and end.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var times = doc.Times;
        var endStated = doc.Summary.End is not null;
        // Start and end must be one written range (one line, or front matter) to be trusted for arithmetic.
        var sameRange = doc.FrontMatter?.Started is not null && doc.FrontMatter?.Ended is not null
                        || (times.Start is { } s0 && times.End is { } e0 && s0.Span.Line == e0.Span.Line && s0.Span.IsKnown);
        endStated &= sameRange;
        TimeSpan? computed = endStated && times.Start is { } s1 && times.End is { } e1 ? e1.At - s1.At : null;
        var stated = doc.Summary.Duration;
        // Only a duration written as one ("2 hours", "45 min") is compared; a start-end range is not a stated duration.
        if (stated is not null && !DurationWordsRegex().IsMatch(stated.Text))
            stated = null;
        // ... and said to be the outage's length ("lasted 2 hours", "Duration: 30 min"), not some other delay.
        var statedIsOutageLength = stated is not null && DurationKeywordRegex().IsMatch(stated.Text);
        if (stated is not null && statedIsOutageLength && computed is { } c && c > TimeSpan.Zero)
        {
            var tolerance = TimeSpan.FromMinutes(Math.Max(10, c.TotalMinutes * context.IntOption(Info, "tolerance-percent", 20) / 100.0));
            if ((stated.Value - c).Duration() > tolerance)
                yield return Info.At(stated.Span, $"stated duration '{stated.Text.Trim()}' ({IncidentTimes.Words(stated.Value)}) disagrees with start and end, which give {IncidentTimes.Words(c)}");
            yield break;
        }
        if (stated is not null)
            yield break;
        // A duration written in words that the parser did not pick up ("(3 hours 30 minutes)") still counts as stated.
        var summarySection = doc.SectionOf(SectionKind.Summary);
        if (summarySection is not null && DurationWordsRegex().IsMatch(summarySection.Body))
            yield break;
        var required = context.Profile.Requires(ElementKeys.SummaryDuration) && !context.Elements[ElementKeys.SummaryDuration].Found;
        if (computed is { } known && known > TimeSpan.Zero && times.End is not null)
        {
            // No duration written: offer the computed one (a suggestion when the element counts as found from the times).
            var words = IncidentTimes.Words(known);
            var fact = doc.Summary.End?.Span ?? SourceSpan.None;
            var inBody = fact.IsKnown && fact.Length > 0 && (doc.FrontMatter is null || fact.Start >= doc.FrontMatter.Span.End);
            var at = InsertionPoint(context, fact, doc.Summary.End?.Text);
            var fix = inBody ? new Fix($"Insert the computed duration ({words})", Safe: true, [TextEdit.Insert(at, $" ({words})")]) : null;
            var finding = Info.At(inBody ? fact : SourceSpan.None, $"no duration stated; start and end give {words}", fix);
            yield return required ? finding with { Severity = Severity.Warning, Element = ElementKeys.SummaryDuration } : finding with { Severity = Severity.Info };
        }
        else if (required)
        {
            yield return Info.AtDocument("missing element summary.duration: the summary does not say how long the outage lasted") with { Severity = Severity.Warning, Element = ElementKeys.SummaryDuration };
        }
    }

    /// <summary>Just after the end time as written inside the fact's span (else the span's end).</summary>
    private static int InsertionPoint(LintContext context, SourceSpan fact, string? endText)
    {
        if (string.IsNullOrWhiteSpace(endText))
            return fact.End;
        var region = context.Document.Source.AsSpan(fact.Start, Math.Min(fact.Length, context.Document.Source.Length - fact.Start));
        var i = region.LastIndexOf(endText.Trim().AsSpan(), StringComparison.Ordinal);
        return i < 0 ? fact.End : fact.Start + i + endText.Trim().Length;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:duration|lasted|lasting|lasts|down\s+for|outage\s+of|downtime\s+of|took|persisted|for\s+(?:a\s+total\s+of|about|approximately|around|roughly|nearly|almost|over|some)|total(?:\s+impact)?\s+(?:duration|time))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DurationKeywordRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|several|few)\s*-?\s*(?:h|hr|hrs|hours?|mins?|minutes?|days?|seconds?|secs?)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DurationWordsRegex();
}
