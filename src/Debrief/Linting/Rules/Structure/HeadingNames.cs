// DB003: known heading synonyms are normalised to the profile's canonical section titles (fixable).
using Debrief.Model;

namespace Debrief.Linting.Rules.Structure;

/// <summary>Suggests the profile's title for a recognised section whose heading uses a synonym.</summary>
public sealed class HeadingNames : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB003", Name: "heading-names", Family: RuleFamilies.Structure,
        Summary: "A section heading uses a synonym of the profile's title",
        Why: "The same heading in every postmortem lets readers and tools jump to the part they need; an archive reads as one body of work.",
        Bad: "## Corrective and Preventive Measures\n\n- Add an alert on disk usage.\n",
        Good: "## Corrective and Preventative Measures\n\n- Add an alert on disk usage.\n")
    {
        Severity = Severity.Info,
        Fixable = true,
        HowToFix = "Rename the heading to the profile's title (`debrief lint --fix` does it, keeping the heading's markup).",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var seen = new HashSet<SectionKind>();
        foreach (var section in context.Document.Sections)
        {
            var requirement = context.Profile.Sections.FirstOrDefault(r => r.Kinds.Count > 0 && r.Kinds[0] == section.Kind);
            if (requirement is null || section.Kind == SectionKind.Other || !seen.Add(section.Kind))
                continue;
            var name = WithoutParenthesis(section.Heading).Trim();
            if (RequiredSections.HeadingKey(name) == RequiredSections.HeadingKey(requirement.Title))
                continue;
            // A sentence read as a heading ("Complete, action items in progress") is not a synonym to rename.
            if (name.IndexOfAny([',', '.', ';']) >= 0 || Analysis.Prose.Words(name).Count > 6)
                continue;
            yield return Info.At(section.HeadingSpan, $"heading '{section.Heading.Trim()}' is a synonym of '{requirement.Title}'", RenameFix(context, section, requirement.Title));
        }
    }

    /// <summary>"Timeline (all times UTC)" → "Timeline": a parenthesis qualifies the heading, it is not part of its name.</summary>
    private static string WithoutParenthesis(string heading)
    {
        var open = heading.IndexOf('(');
        return open > 0 ? heading[..open] : heading;
    }

    private static Fix? RenameFix(LintContext context, Section section, string title)
    {
        if (!section.HeadingSpan.IsKnown)
            return null;
        // Replace the words of the heading (from its first to its last letter) on its source line, keeping markup,
        // numbering, emoji and a trailing colon.
        var line = context.Text.Line(section.HeadingSpan.Line);
        var first = -1;
        var last = -1;
        var words = WithoutParenthesis(section.Heading).Trim();
        var at = line.IndexOf(words, StringComparison.Ordinal);
        if (at < 0)
            return null;
        for (var i = at; i < at + words.Length; i++)
        {
            if (!char.IsLetter(line[i]))
                continue;
            if (first < 0)
                first = i;
            last = i;
        }
        if (first < 0)
            return null;
        var start = context.Text.LineStart(section.HeadingSpan.Line) + first;
        return new Fix($"Rename heading to '{title}'", Safe: true, [new TextEdit(start, last - first + 1, title)]);
    }
}
