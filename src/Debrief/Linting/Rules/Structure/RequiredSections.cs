// DB001: every section the profile requires is present; --fix inserts a skeleton with TODO markers.
using Debrief.Linting.Profiles;
using Debrief.Model;

namespace Debrief.Linting.Rules.Structure;

/// <summary>Reports required sections that are missing and offers to insert their skeletons.</summary>
public sealed class RequiredSections : ILintRule
{
    public RuleInfo Info { get; } = new(
        Id: "DB001", Name: "required-sections", Family: RuleFamilies.Structure,
        Summary: "A section the profile requires is missing",
        Why: "Readers look for the same sections in every postmortem: executives read the summary, engineers the timeline and root cause, managers the action items. A missing section is usually missing thinking, not just a missing heading.",
        Bad: "# Outage\n\n## Issue Summary\n\nFrom 14:00 to 15:00 UTC the API returned errors for 20% of users. The root cause was a full disk.\n\n## Root Cause and Resolution\n\nThe log volume filled up; we rotated logs.\n",
        Good: "# Outage\n\n## Issue Summary\n\nFrom 14:00 to 15:00 UTC the API returned errors for 20% of users. The root cause was a full disk.\n\n## Timeline\n\n- 14:05 UTC - An alert on disk usage paged the on-call engineer.\n\n## Root Cause and Resolution\n\nThe log volume filled up; we rotated logs.\n\n## Corrective and Preventative Measures\n\n- Add an alert on disk usage above 80% on the API hosts.\n")
    {
        Severity = Severity.Error,
        Fixable = true,
        HowToFix = "Add the section (`debrief lint --fix` inserts a skeleton with TODO markers in the profile's order) and fill it in.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var required = context.Profile.Sections;
        var present = required.Select(r => Find(doc, r)).ToList();
        for (var i = 0; i < required.Count; i++)
        {
            if (present[i] is not null)
                continue;
            var requirement = required[i];
            yield return Info.AtDocument($"missing section '{requirement.Title}' (profile {context.Profile.Name})", SkeletonFix(context, required, present, i));
        }
    }

    /// <summary>The first section satisfying a requirement: by kind, or by a heading equal to its title.</summary>
    internal static Section? Find(Postmortem doc, SectionRequirement requirement)
    {
        var byKind = doc.Sections.FirstOrDefault(s => requirement.Kinds.Contains(s.Kind));
        if (byKind is not null)
            return byKind;
        var key = HeadingKey(requirement.Title);
        return doc.Sections.FirstOrDefault(s => HeadingKey(s.Heading) == key);
    }

    /// <summary>A heading reduced to lower-case letters and single spaces ("&amp;" read as "and").</summary>
    internal static string HeadingKey(string heading)
    {
        var chars = heading.Replace("&", " and ").ToLowerInvariant().Select(c => char.IsLetter(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Fix SkeletonFix(LintContext context, IReadOnlyList<SectionRequirement> required, IReadOnlyList<Section?> present, int index)
    {
        var source = context.Document.Source;
        var level = present.FirstOrDefault(s => s is not null && s.Level <= 6)?.Level ?? 2;
        var newline = context.Text.NewLine;
        var block = new string('#', level) + " " + required[index].Title + "\n\n" + required[index].Skeleton + "\n";
        // Before the next required section that is present, else at the end of the document.
        var next = present.Skip(index + 1).FirstOrDefault(s => s is not null);
        int at;
        if (next is not null)
        {
            at = context.Text.LineStart(next.HeadingSpan.Line);
        }
        else
        {
            at = source.Length;
            if (source.Length > 0 && !source.EndsWith('\n') && !source.EndsWith('\r'))
                block = "\n\n" + block;
            else if (source.Length > 0 && !source.EndsWith("\n\n", StringComparison.Ordinal) && !source.EndsWith("\r\n\r\n", StringComparison.Ordinal)
                     && !source.EndsWith("\r\r", StringComparison.Ordinal))
                block = "\n" + block;
        }
        return new Fix($"Insert a '{required[index].Title}' section skeleton", Safe: true,
            [TextEdit.Insert(at, block.Replace("\n", newline, StringComparison.Ordinal))]);
    }
}
