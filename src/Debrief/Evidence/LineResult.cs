// The outcome of parsing one line: records, a reason it is malformed, or nothing (blank lines, headers, comments).
namespace Debrief.Evidence;

/// <summary>What a reader made of one line; a bad line is a value with a reason, never an exception.</summary>
public readonly struct LineResult
{
    private LineResult(IReadOnlyList<LogRecord>? records, string? reason)
    {
        Records = records ?? [];
        MalformedReason = reason;
    }

    /// <summary>The records (usually one; an Alertmanager payload may hold several alerts).</summary>
    public IReadOnlyList<LogRecord> Records { get; }

    /// <summary>Why the line could not be read (short, stable, e.g. "bad time"), or null.</summary>
    public string? MalformedReason { get; }

    /// <summary>True when the line is malformed.</summary>
    public bool IsMalformed => MalformedReason is not null;

    /// <summary>True when the line holds nothing to count (blank, header, comment).</summary>
    public bool IsIgnored => MalformedReason is null && Records.Count == 0;

    public static LineResult Ok(LogRecord record) => new([record], null);
    public static LineResult Ok(IReadOnlyList<LogRecord> records) => new(records, null);
    public static LineResult Bad(string reason) => new(null, reason);
    public static LineResult Ignored => new(null, null);
}
