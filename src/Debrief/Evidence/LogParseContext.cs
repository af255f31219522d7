// Settings a reader needs beyond the line: the offset for times written without one, the year, a field mapping.
namespace Debrief.Evidence;

/// <summary>What readers know besides the line itself.</summary>
public sealed record LogParseContext
{
    /// <summary>Offset assumed for times written without one (error logs, syslog 3164).</summary>
    public TimeSpan DefaultOffset { get; init; } = TimeSpan.Zero;

    /// <summary>Year assumed for times written without one (syslog 3164).</summary>
    public int DefaultYear { get; init; } = DateTime.UtcNow.Year;

    /// <summary>Field mapping for JSON lines and delimited files.</summary>
    public FieldMapping Mapping { get; init; } = FieldMapping.Default;

    /// <summary>An nginx log_format string for the custom access-log reader, or null.</summary>
    public string? LogFormat { get; init; }

    /// <summary>The input's display name, used as the source of events.</summary>
    public string SourceName { get; init; } = "input";

    /// <summary>The Slack channel to read, or null to choose by name ("incident").</summary>
    public string? Channel { get; init; }

    /// <summary>Longest line a line reader reads; longer lines are malformed ("line too long") and skipped, so memory stays bounded.</summary>
    public int MaxLineBytes { get; init; } = Scanning.BlockLineReader.MaxLineBytes;

    /// <summary>A context with defaults.</summary>
    public static LogParseContext Default { get; } = new();
}
