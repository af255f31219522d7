// Every log format Debrief reads, found at compile time (ReaderDiscoveryGenerator), and auto-detection: the best sniff score wins.
using Debrief.Io;

namespace Debrief.Evidence;

/// <summary>The readers. Adding a format is adding one class under Readers/: the generator lists it here, AOT-safe.</summary>
public static partial class ReaderCatalog
{
    /// <summary>All readers, in name order.</summary>
    public static IReadOnlyList<ILogReader> All { get; } = [.. Discovered().OrderBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>The names accepted by <c>--input-format</c>.</summary>
    public static IEnumerable<string> Names => All.Select(r => r.Name);

    /// <summary>The reader called <paramref name="name"/>.</summary>
    public static ILogReader ByName(string name) =>
        All.FirstOrDefault(r => r.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw InputException.ForOption("input-format", $"unknown input format '{name}' (known: {string.Join(", ", Names)})");

    /// <summary>The best reader for a sample, or null when none reads more than half of it.</summary>
    public static ILogReader? Detect(InputSample sample, LogParseContext context) => Detect(All, sample, context);

    /// <summary>The best of <paramref name="readers"/> for a sample. The reader contract test checks that every format's
    /// own samples give it a strictly higher score than any other reader's, so the order of the list never decides.</summary>
    public static ILogReader? Detect(IEnumerable<ILogReader> readers, InputSample sample, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(sample);
        ILogReader? best = null;
        var bestScore = 0.5;
        foreach (var reader in readers)
        {
            var score = reader.Sniff(sample, context);
            if (score > bestScore)
            {
                best = reader;
                bestScore = score;
            }
        }
        return best;
    }
}
