// `.debrief.yml`: profile, rule switches, severities and options, extra vocabulary, custom profiles. Read with YamlStream (AOT-safe).
using Debrief.Io;
using Debrief.Linting.Profiles;
using Debrief.Model;
using Debrief.Parsing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Debrief.Linting;

/// <summary>What config says about one rule.</summary>
/// <param name="Enabled">False when the rule is switched off.</param>
/// <param name="Severity">Overrides the default severity, when set.</param>
/// <param name="Options">Option values as text.</param>
public sealed record RuleSetting(bool Enabled, Severity? Severity, IReadOnlyDictionary<string, string> Options);

/// <summary>The linter configuration, usually read from the nearest <c>.debrief.yml</c>.</summary>
public sealed record LintConfig
{
    /// <summary>The config file name looked for in the document's folder and its parents.</summary>
    public const string FileName = ".debrief.yml";

    /// <summary>No config file: built-in defaults.</summary>
    public static LintConfig Empty { get; } = new();

    /// <summary>Where the config came from, or null.</summary>
    public string? Path { get; init; }

    /// <summary>The profile to use, when config names one.</summary>
    public string? Profile { get; init; }

    /// <summary>Rule settings keyed by rule id or name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Extra phrases per vocabulary list: the rules' lists (<see cref="Vocabulary.LintVocabulary.Names"/>) and
    /// the parser's action-item column names (<see cref="ActionItemColumns.ConfigLists"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Vocabulary { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>What the parser needs from this config (its action-item column names): parse with it so `show`,
    /// `lint` and `render` read the same document.</summary>
    public ParseOptions ParseOptions => ParseOptions.FromVocabulary(Vocabulary);

    /// <summary>Custom profiles by name.</summary>
    public IReadOnlyDictionary<string, Profile> Profiles { get; init; } = new Dictionary<string, Profile>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The setting for a rule (by id first, then name), or null.</summary>
    public RuleSetting? For(RuleInfo rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Rules.TryGetValue(rule.Id, out var byId) ? byId : Rules.TryGetValue(rule.Name, out var byName) ? byName : null;
    }

    /// <summary>Resolves a profile name: custom profiles first, then built-in. Throws an InputException for unknown names.</summary>
    public Profile ResolveProfile(string? overrideName)
    {
        var name = overrideName ?? Profile ?? BuiltInProfiles.Brief.Name;
        if (Profiles.TryGetValue(name, out var custom))
            return custom;
        if (BuiltInProfiles.ByName.TryGetValue(name, out var builtIn))
            return builtIn;
        var known = string.Join(", ", BuiltInProfiles.ByName.Keys.Concat(Profiles.Keys));
        throw overrideName is null
            ? InputException.ForConfig(Path, null, $"unknown profile '{name}' (known: {known})", ErrorCodes.UnknownProfile)
            : InputException.ForOption("profile", $"unknown profile '{name}' (known: {known})", ErrorCodes.UnknownProfile);
    }

    /// <summary>Parses config text; mistakes become InputExceptions with the line.</summary>
    public static LintConfig Parse(string yaml, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw InputException.ForConfig(path, (int)e.Start.Line, $"invalid YAML: {e.Message}", ErrorCodes.Config, e);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return Empty with { Path = path };
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw Error(path, stream.Documents[0].RootNode, "expected a mapping (key: value) at the top of the config");

        string? profile = null;
        var rules = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);
        var vocabulary = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var profiles = new Dictionary<string, Profile>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(path, keyNode);
            switch (key)
            {
                case "profile":
                    profile = Scalar(path, value);
                    break;
                case "rules":
                    foreach (var (ruleKey, ruleValue) in Mapping(path, value, "rules").Children)
                        rules[Scalar(path, ruleKey)] = ReadRule(path, ruleValue);
                    break;
                case "vocabulary":
                    foreach (var (listKey, listValue) in Mapping(path, value, "vocabulary").Children)
                    {
                        var name = Scalar(path, listKey);
                        var known = Debrief.Linting.Vocabulary.LintVocabulary.Names.Concat(ActionItemColumns.ConfigLists.Keys).ToList();
                        if (!known.Contains(name))
                            throw Error(path, listKey, $"unknown vocabulary list '{name}' (known: {string.Join(", ", known)})");
                        vocabulary[name] = Strings(path, listValue);
                    }
                    break;
                case "profiles":
                    foreach (var (nameNode, profileNode) in Mapping(path, value, "profiles").Children)
                    {
                        var name = Scalar(path, nameNode);
                        profiles[name] = ReadProfile(path, name, profileNode, profiles);
                    }
                    break;
                default:
                    throw Error(path, keyNode, $"unknown key '{key}' (known: profile, rules, vocabulary, profiles)");
            }
        }
        return new LintConfig { Path = path, Profile = profile, Rules = rules, Vocabulary = vocabulary, Profiles = profiles };
    }

    private static RuleSetting ReadRule(string? path, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            var text = scalar.Value?.Trim().ToLowerInvariant();
            if (text is "off" or "false" or "no" or "disable" or "disabled")
                return new RuleSetting(false, null, new Dictionary<string, string>());
            if (text is "on" or "true" or "yes" or "enable" or "enabled")
                return new RuleSetting(true, null, new Dictionary<string, string>());
            var severity = SeverityNames.Parse(text) ?? throw Error(path, node, $"expected off, on, error, warning or info, got '{scalar.Value}'");
            return new RuleSetting(true, severity, new Dictionary<string, string>());
        }
        var map = Mapping(path, node, "a rule setting");
        var enabled = true;
        Severity? sev = null;
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (k, v) in map.Children)
        {
            switch (Scalar(path, k))
            {
                case "severity":
                    var s = ReadRule(path, v);
                    enabled = s.Enabled;
                    sev = s.Severity;
                    break;
                case "enabled":
                    enabled = Scalar(path, v).Trim().ToLowerInvariant() is "true" or "yes" or "on";
                    break;
                case "options":
                    foreach (var (ok, ov) in Mapping(path, v, "options").Children)
                        options[Scalar(path, ok)] = ov is YamlSequenceNode ? string.Join(",", Strings(path, ov)) : Scalar(path, ov);
                    break;
                default:
                    throw Error(path, k, $"unknown rule setting '{Scalar(path, k)}' (known: severity, enabled, options)");
            }
        }
        return new RuleSetting(enabled, sev, options);
    }

    private static Profile ReadProfile(string? path, string name, YamlNode node, Dictionary<string, Profile> earlier)
    {
        var map = Mapping(path, node, $"profile '{name}'");
        var basis = BuiltInProfiles.Brief;
        if (map.Children.TryGetValue(new YamlScalarNode("extends"), out var extendsNode))
        {
            var baseName = Scalar(path, extendsNode);
            basis = earlier.TryGetValue(baseName, out var e) ? e
                : BuiltInProfiles.ByName.TryGetValue(baseName, out var b) ? b
                : throw Error(path, extendsNode, $"profile '{name}' extends unknown profile '{baseName}'");
        }
        var profile = basis with { Name = name, Description = $"Custom profile from {System.IO.Path.GetFileName(path ?? FileName)}" };
        foreach (var (k, v) in map.Children)
        {
            var key = Scalar(path, k);
            switch (key)
            {
                case "extends":
                    break;
                case "description":
                    profile = profile with { Description = Scalar(path, v) };
                    break;
                case "sections":
                    profile = profile with { Sections = Strings(path, v).Select(SectionFor).ToList() };
                    break;
                case "elements":
                    var elements = Strings(path, v);
                    foreach (var el in elements.Where(el => !ElementKeys.All.Contains(el)))
                        throw Error(path, v, $"unknown element '{el}' (known: {string.Join(", ", ElementKeys.All)})");
                    profile = profile with { Elements = elements.ToHashSet(StringComparer.Ordinal) };
                    break;
                case "words":
                    profile = profile with { Words = ReadBudget(path, v) };
                    break;
                case "section-words":
                    var limits = new Dictionary<SectionKind, int>();
                    foreach (var (sk, sv) in Mapping(path, v, "section-words").Children)
                    {
                        var kind = KindFor(Scalar(path, sk)) ?? throw Error(path, sk, $"unknown section kind '{Scalar(path, sk)}' (known: {string.Join(", ", Enum.GetNames<SectionKind>())})");
                        limits[kind] = Int(path, sv);
                    }
                    profile = profile with { SectionWordLimits = limits };
                    break;
                case "action-items":
                    var fields = ActionItemFields.None;
                    foreach (var f in Strings(path, v))
                        fields |= f.ToLowerInvariant() switch
                        {
                            "owner" => ActionItemFields.Owner,
                            "due" => ActionItemFields.Due,
                            "type" => ActionItemFields.Type,
                            "ticket" => ActionItemFields.Ticket,
                            _ => throw Error(path, v, $"unknown action-item field '{f}' (known: owner, due, type, ticket)"),
                        };
                    profile = profile with { ActionItemFields = fields };
                    break;
                default:
                    throw Error(path, k, $"unknown profile key '{key}' (known: extends, description, sections, elements, words, section-words, action-items)");
            }
        }
        return profile;
    }

    private static SectionRequirement SectionFor(string title)
    {
        foreach (var known in BuiltInProfiles.ByName.Values.SelectMany(p => p.Sections))
            if (string.Equals(known.Title, title, StringComparison.OrdinalIgnoreCase))
                return known with { Title = title };
        var kind = KindFor(title);
        return new SectionRequirement(title, kind is { } k ? [k] : [], "TODO\n");
    }

    /// <summary>Parses a section kind written as in the enum, with any case, spaces or hyphens.</summary>
    internal static SectionKind? KindFor(string text)
    {
        var compact = new string(text.Where(char.IsLetter).ToArray());
        return Enum.TryParse<SectionKind>(compact, ignoreCase: true, out var kind) && kind != SectionKind.Other ? kind : null;
    }

    private static WordBudget ReadBudget(string? path, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            var parts = (scalar.Value ?? "").Split('-', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && int.TryParse(parts[0], out var lo) && int.TryParse(parts[1], out var hi))
                return new WordBudget(lo, hi);
            throw Error(path, node, "expected words as 'min-max' (e.g. 400-600) or { min: 400, max: 600 }");
        }
        int? min = null, max = null;
        foreach (var (k, v) in Mapping(path, node, "words").Children)
        {
            switch (Scalar(path, k))
            {
                case "min": min = Int(path, v); break;
                case "max": max = Int(path, v); break;
                default: throw Error(path, k, "expected min or max");
            }
        }
        return new WordBudget(min, max);
    }

    private static int Int(string? path, YamlNode node) =>
        int.TryParse(Scalar(path, node), out var n) && n >= 0 ? n : throw Error(path, node, "expected a whole number");

    private static string Scalar(string? path, YamlNode node) =>
        node is YamlScalarNode s ? s.Value ?? "" : throw Error(path, node, "expected a single value");

    private static YamlMappingNode Mapping(string? path, YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(path, node, $"expected a mapping for {what}");

    private static List<string> Strings(string? path, YamlNode node) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(c => Scalar(path, c)).ToList(),
        YamlScalarNode s => [s.Value ?? ""],
        _ => throw Error(path, node, "expected a list"),
    };

    private static InputException Error(string? path, YamlNode node, string message) =>
        InputException.ForConfig(path ?? FileName, (int)node.Start.Line, message);
}
