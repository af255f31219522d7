// Every log format Debrief reads, and auto-detection: each reader scores a sample, the best score wins.
using Debrief.Evidence.Readers;
using Debrief.Io;

namespace Debrief.Evidence;

/// <summary>The readers, in tie-break order (more specific formats first).</summary>
public static class ReaderCatalog
{
    /// <summary>All readers. A new format is one file in Readers/ plus one line here.</summary>
    public static IReadOnlyList<ILogReader> All { get; } =
    [
        new NginxLogFormatReader(),
        new CombinedAccessLogReader(),
        new NginxErrorLogReader(),
        new ApacheErrorLogReader(),
        new Syslog5424Reader(),
        new Syslog3164Reader(),
        new AlertmanagerReader(),
        new DeployCsvReader(),
        new GitLogReader(),
        new SlackExportReader(),
        new JsonLinesReader(),
        new DelimitedReader(),
    ];

    /// <summary>The names accepted by <c>--format</c>.</summary>
    public static IEnumerable<string> Names => All.Select(r => r.Name);

    /// <summary>The reader called <paramref name="name"/>.</summary>
    public static ILogReader ByName(string name) =>
        All.FirstOrDefault(r => r.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InputException(null, null, $"unknown input format '{name}' (known: {string.Join(", ", Names)})");

    /// <summary>The best reader for a sample, or null when none reads at least half of it.</summary>
    public static ILogReader? Detect(InputSample sample, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ILogReader? best = null;
        var bestScore = 0.5;
        foreach (var reader in All)
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
