// What a rule sees: the parsed document, its element report, the profile, the vocabulary and the rule options.
using System.Globalization;
using Debrief.Linting.Profiles;
using Debrief.Linting.Vocabulary;
using Debrief.Model;
using Debrief.Parsing;

namespace Debrief.Linting;

/// <summary>The input of <see cref="ILintRule.Check"/>.</summary>
public sealed class LintContext
{
    public LintContext(Postmortem document, ElementReport elements, Profile profile, LintConfig? config = null, LintVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(profile);
        Document = document;
        Elements = elements;
        Profile = profile;
        Config = config ?? LintConfig.Empty;
        Vocabulary = vocabulary ?? LintVocabulary.BuiltIn.Extend(Config.Vocabulary);
    }

    /// <summary>The action items as the parser read them (every table column, inline metadata): what `show` reports.</summary>
    public IReadOnlyList<ActionItem> ActionItems => Document.ActionItems;

    /// <summary>The parsed postmortem.</summary>
    public Postmortem Document { get; }

    /// <summary>Which elements the document has, where, and why.</summary>
    public ElementReport Elements { get; }

    /// <summary>The profile the document is checked against.</summary>
    public Profile Profile { get; }

    /// <summary>The configuration in force.</summary>
    public LintConfig Config { get; }

    /// <summary>Word lists, built-in plus config.</summary>
    public LintVocabulary Vocabulary { get; }

    /// <summary>The document's line index (the parser's): offsets, lines and columns.</summary>
    public SourceText Text => Document.Text;

    /// <summary>The prose lines of the document (the parser's prose model: front matter, code, comments, HTML tags and
    /// URLs excluded); match against <see cref="DocumentLine.Prose"/>, whose indexes are source columns - 1.</summary>
    public IEnumerable<DocumentLine> ProseLines => Document.Lines.Where(l => l.IsProse);

    /// <summary>Element keys that some specific rule reports (the generic required-elements rule skips them).</summary>
    public IReadOnlySet<string> ClaimedElements { get; init; } = new HashSet<string>();

    /// <summary>Resolves the document's relative links and images, or null (stdin, bare text): given by the caller, so
    /// no rule touches the disk.</summary>
    public Pipeline.IAssetResolver? Assets { get; init; }

    /// <summary>An option's value from config, else the rule's default.</summary>
    public string Option(RuleInfo rule, string name)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (Config.For(rule) is { } setting && setting.Options.TryGetValue(name, out var value))
            return value;
        return rule.Options.FirstOrDefault(o => o.Name == name)?.Default ?? "";
    }

    /// <summary>An integer option; invalid values fall back to <paramref name="fallback"/>.</summary>
    public int IntOption(RuleInfo rule, string name, int fallback) =>
        int.TryParse(Option(rule, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    /// <summary>A span covering a whole section heading, or the document start.</summary>
    public static SourceSpan HeadingOf(Section? section) => section?.HeadingSpan ?? SourceSpan.None;
}
