// DB070: people are not named as the cause ("Dave forgot to...", "caused by @alice", "Bob's mistake").
using System.Text.RegularExpressions;
using Debrief.Linting.Analysis;

namespace Debrief.Linting.Rules.Language;

/// <summary>Reports sentences that make a named person the cause of the incident.</summary>
public sealed partial class BlamePerson : ILintRule
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "A", "An", "We", "Our", "It", "Its", "They", "He", "She", "I", "You", "Someone",
        "Somebody", "Nobody", "Everyone", "Engineer", "Engineers", "Team", "Operator", "Admin", "Administrator", "Developer",
        "User", "Users", "Customer", "Customers", "Server", "System", "Service", "Script", "Deploy", "Deployment", "Puppet", "Nginx",
        "Apache", "MySQL", "Docker", "Kubernetes", "Redis", "Postgres", "PostgreSQL", "Database", "Monitoring", "Google", "Amazon",
        "AWS", "GitHub", "GitLab", "Then", "When", "After", "Before", "Initially", "However", "Unfortunately", "Also", "Finally",
        "Root", "Cause", "Issue", "Summary", "Timeline", "Resolution", "Impact", "Our", "Their", "His", "Her", "My", "All", "No",
        "One", "Each", "Every", "Junior", "Senior", "On", "Call", "Ops", "DevOps", "SRE", "IT", "QA", "DBA", "Which", "Who", "What",
    };

    public RuleInfo Info { get; } = new(
        Id: "DB070", Name: "blame-person", Family: RuleFamilies.Language,
        Summary: "A person is named as the cause",
        Why: "Blameless postmortems describe what the system allowed, not who slipped. Naming a person as the cause makes people hide information next time, and the fix becomes \"be more careful\" instead of a safer system.",
        Bad: "## Root Cause and Resolution\n\nDave forgot to renew the TLS certificate, so every HTTPS request failed.\n",
        Good: "## Root Cause and Resolution\n\nThe TLS certificate expired because renewal was a manual calendar task with no alert, so every HTTPS request failed.\n")
    {
        Options = [new RuleOption("names", "", "Extra people's names or handles to watch for, comma-separated (authors and action-item owners are always watched).")],
        HowToFix = "Describe the action and the conditions that made it reasonable at the time (\"the renewal was a manual step with no reminder\"), and what the system should do instead.",
    };

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var doc = context.Document;
        var known = context.ActionItems.Select(i => i.Owner).Concat(doc.FrontMatter?.Authors ?? []).Concat(context.Option(Info, "names").Split(','))
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim().TrimStart('@')).Where(n => n.Length > 1)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var m in Prose.Find(context, BlameRegex()))
        {
            var name = m.Group("name");
            var handle = name.StartsWith('@');
            var bare = name.TrimStart('@');
            var isName = handle || known.Contains(bare) || (char.IsUpper(bare[0]) && !NotNames.Contains(bare.Split(' ')[0]) && !IsSentenceStartCommonWord(bare));
            if (!isName)
                continue;
            yield return Info.At(m.Span, $"'{m.Value.Trim()}' names a person as the cause; describe what the system allowed");
        }
    }

    private static bool IsSentenceStartCommonWord(string word) => word.All(char.IsUpper) && word.Length <= 4;

    // "<Name> forgot to / accidentally / carelessly / broke / messed up / made a mistake", "<Name>'s mistake|fault|error|typo",
    // "caused by <Name>", "<Name> is to blame".
    [GeneratedRegex(@"(?<name>@[\w.-]+|\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|\b[a-z][a-z0-9_]{2,})\s+(?:forgot|accidentally|mistakenly|carelessly|negligently|failed\s+to\s+(?:check|test|notice|follow|verify|review)|broke|messed\s+up|screwed\s+up|made\s+(?:a|an)\s+(?:mistake|error|typo)|is\s+to\s+blame|was\s+to\s+blame|didn['’]t\s+(?:check|test|bother|follow|verify))\b"
        + @"|(?<name>@[\w.-]+|\b[A-Z][a-z]+)['’]s\s+(?:mistake|fault|error|typo|blunder|negligence|carelessness|oversight)\b"
        + @"|\b(?:caused|introduced|broken|triggered)\s+by\s+(?<name>@[\w.-]+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!\s*(?:'s|’s)?\s*(?:script|job|deploy|change|config|service|server|cron|bot|tool|team))")]
    private static partial Regex BlameRegex();
}
