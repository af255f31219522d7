// The word lists the rules use (blame phrases, vague verbs, dramatic words...), loaded from embedded data files and extended by config.
using System.Collections.Concurrent;
using System.Reflection;
using Debrief.Parsing;

namespace Debrief.Linting.Vocabulary;

/// <summary>Named phrase lists. Built-in lists are the <c>*.txt</c> files next to this class; a team adds
/// phrases under <c>vocabulary:</c> in <c>.debrief.yml</c>.</summary>
public sealed class LintVocabulary
{
    public const string BlamePhrases = "blame-phrases";
    public const string HumanErrorPhrases = "human-error-phrases";
    public const string GenericCauses = "generic-causes";
    public const string DramaticWords = "dramatic-words";
    public const string DramaticExceptions = "dramatic-exceptions";
    public const string VagueVerbs = "vague-verbs";
    public const string VagueObjects = "vague-objects";
    public const string VaguePhrases = "vague-phrases";
    public const string GenericPurposes = "generic-purposes";
    public const string NonPreventiveVerbs = "non-preventive-verbs";
    public const string CauseMarkers = "cause-markers";

    /// <summary>Every list name, as used in config.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [BlamePhrases, HumanErrorPhrases, GenericCauses, DramaticWords, DramaticExceptions, VagueVerbs, VagueObjects, VaguePhrases, GenericPurposes, NonPreventiveVerbs, CauseMarkers];

    private static readonly Lazy<LintVocabulary> BuiltInLazy = new(LoadBuiltIn);
    private readonly Dictionary<string, IReadOnlyList<string>> _lists;
    private readonly ConcurrentDictionary<string, PhraseMatcher> _matchers = new(StringComparer.Ordinal);

    private LintVocabulary(Dictionary<string, IReadOnlyList<string>> lists) => _lists = lists;

    /// <summary>The lists that ship with Debrief.</summary>
    public static LintVocabulary BuiltIn => BuiltInLazy.Value;

    /// <summary>The phrases of a list (lower case), or empty.</summary>
    public IReadOnlyList<string> this[string name] => _lists.TryGetValue(name, out var list) ? list : [];

    /// <summary>A copy with extra phrases added to the named lists.</summary>
    public LintVocabulary Extend(IReadOnlyDictionary<string, IReadOnlyList<string>> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        if (extra.Count == 0)
            return this;
        var lists = new Dictionary<string, IReadOnlyList<string>>(_lists, StringComparer.Ordinal);
        foreach (var (name, phrases) in extra)
        {
            var merged = lists.TryGetValue(name, out var existing) ? existing.ToList() : [];
            foreach (var p in phrases.Select(Normalise).Where(p => p.Length > 0))
                if (!merged.Contains(p))
                    merged.Add(p);
            lists[name] = merged;
        }
        return new LintVocabulary(lists);
    }

    /// <summary>A case-insensitive matcher of the list's phrases as whole words (longest first).</summary>
    public PhraseMatcher Matcher(string name) => _matchers.GetOrAdd(name, n => new PhraseMatcher(this[n], PhraseBoundary.WordEdges));

    /// <summary>True when <paramref name="text"/> equals one of the list's phrases (case-insensitive, trimmed).</summary>
    public bool Contains(string name, string text) => this[name].Contains(Normalise(text));

    private static string Normalise(string phrase) => phrase.Trim().ToLowerInvariant().Replace('’', '\'');

    private static LintVocabulary LoadBuiltIn()
    {
        var assembly = typeof(LintVocabulary).Assembly;
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in Names)
            lists[name] = ReadList(assembly, name);
        return new LintVocabulary(lists);
    }

    private static List<string> ReadList(Assembly assembly, string name)
    {
        var resource = assembly.GetManifestResourceNames()
            .FirstOrDefault(r => r.EndsWith(".Linting.Vocabulary." + name + ".txt", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"vocabulary resource {name}.txt is not embedded");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var result = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var phrase = Normalise(line);
            if (phrase.Length > 0 && !phrase.StartsWith('#'))
                result.Add(phrase);
        }
        return result;
    }
}
