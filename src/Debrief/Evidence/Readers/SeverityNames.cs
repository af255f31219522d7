// Severity words used by error logs and syslog ("error", "crit", "warn", "E", "fatal") mapped to MessageSeverity.
namespace Debrief.Evidence.Readers;

/// <summary>Maps the level words of common log formats to <see cref="MessageSeverity"/>.</summary>
public static class SeverityNames
{
    /// <summary>The severity for a level word, or null when unknown.</summary>
    public static MessageSeverity? Parse(ReadOnlySpan<char> word)
    {
        var w = word.Trim().ToString().ToLowerInvariant();
        return w switch
        {
            "emerg" or "emergency" or "panic" or "fatal" => MessageSeverity.Emergency,
            "alert" => MessageSeverity.Alert,
            "crit" or "critical" => MessageSeverity.Critical,
            "error" or "err" or "e" or "severe" => MessageSeverity.Error,
            "warn" or "warning" or "w" => MessageSeverity.Warning,
            "notice" => MessageSeverity.Notice,
            "info" or "information" or "i" => MessageSeverity.Info,
            "debug" or "trace" or "d" or "verbose" => MessageSeverity.Debug,
            _ when w.StartsWith("trace", StringComparison.Ordinal) => MessageSeverity.Debug,
            _ => null,
        };
    }
}
