// Loads the vocabulary data files embedded from Parsing/Vocabulary (word lists and tables, not if-chains).
using System.Collections.Concurrent;
using System.Reflection;

namespace Debrief.Parsing;

/// <summary>The embedded vocabulary files, loaded once and cached.</summary>
public static class Vocabularies
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Lines = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, PhraseMatcher> Matchers = new(StringComparer.Ordinal);

    /// <summary>Words saying how an incident was detected.</summary>
    public static PhraseMatcher Detection => Phrases("detection-words.txt");

    /// <summary>Words saying the incident was escalated to a team or person.</summary>
    public static PhraseMatcher Escalation => Phrases("escalation-words.txt");

    /// <summary>Words saying the team followed a wrong lead.</summary>
    public static PhraseMatcher MisleadingPath => Phrases("misleading-path-words.txt");

    /// <summary>Words saying the incident was resolved.</summary>
    public static PhraseMatcher Resolution => Phrases("resolution-words.txt");

    /// <summary>Verbs of investigation and repair.</summary>
    public static PhraseMatcher Action => Phrases("action-words.txt");

    /// <summary>Verbs that open a specific task.</summary>
    public static PhraseMatcher TaskVerbs => Phrases("task-verbs.txt");

    /// <summary>A phrase list file as a matcher.</summary>
    public static PhraseMatcher Phrases(string file) =>
        Matchers.GetOrAdd(file, f => new PhraseMatcher(DataLines(f)));

    /// <summary>The non-empty, non-comment lines of an embedded vocabulary file.</summary>
    public static IReadOnlyList<string> DataLines(string file) => Lines.GetOrAdd(file, Load);

    /// <summary>The tab-separated fields of each data line.</summary>
    public static IEnumerable<string[]> Rows(string file) => DataLines(file).Select(l => l.Split('\t'));

    private static IReadOnlyList<string> Load(string file)
    {
        var assembly = typeof(Vocabularies).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Vocabulary." + file, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"vocabulary file {file} is not embedded");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var result = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            result.Add(line.TrimEnd('\r'));
        }
        return result;
    }
}
