// The values a reader turns a line into: a request, a log message, or a timeline event (alert, deploy, chat).
namespace Debrief.Evidence;

/// <summary>One piece of evidence read from an input. Times carry the offset written in (or assumed for) the log.</summary>
public abstract record LogRecord(DateTimeOffset Time);

/// <summary>An HTTP request from an access log.</summary>
/// <param name="Time">When the request was logged.</param>
/// <param name="Client">Client address or identifier.</param>
/// <param name="Method">HTTP method, when known.</param>
/// <param name="Path">Request path without the query string, when known.</param>
/// <param name="Status">HTTP status code.</param>
/// <param name="LatencySeconds">Request time in seconds, when the log has it.</param>
public sealed record RequestRecord(DateTimeOffset Time, string Client, string? Method, string? Path, int Status, double? LatencySeconds)
    : LogRecord(Time)
{
    /// <summary>The hash of the client's bytes as written, when the reader had them (so a client that is not valid UTF-8
    /// counts the same as in the parallel scan); else the hash of <see cref="Client"/>'s UTF-8.</summary>
    public uint? ClientHash { get; init; }
}

/// <summary>How serious a log message is, in syslog order (lower is worse).</summary>
public enum MessageSeverity
{
    Emergency = 0,
    Alert = 1,
    Critical = 2,
    Error = 3,
    Warning = 4,
    Notice = 5,
    Info = 6,
    Debug = 7,
}

/// <summary>A line of an error log or syslog.</summary>
/// <param name="Time">When it was logged.</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Text">The message text.</param>
/// <param name="Origin">Host, program or module, when known.</param>
public sealed record MessageRecord(DateTimeOffset Time, MessageSeverity Severity, string Text, string? Origin) : LogRecord(Time);

/// <summary>What a timeline event is.</summary>
public enum EvidenceEventKind
{
    /// <summary>A monitoring alert fired (End set when it resolved).</summary>
    Alert,
    /// <summary>A deploy or change.</summary>
    Deploy,
    /// <summary>A chat message from the incident channel.</summary>
    Chat,
    /// <summary>A burst of error-log messages.</summary>
    ErrorBurst,
    /// <summary>The first server error of an incident.</summary>
    FirstError,
    /// <summary>The start of an incident (impact begins).</summary>
    Start,
    /// <summary>The interval with the highest error rate.</summary>
    Peak,
    /// <summary>A change that looks like mitigation (rollback, revert).</summary>
    Mitigation,
    /// <summary>Traffic and errors back to normal.</summary>
    Recovery,
    /// <summary>A deploy shortly before the start: the suspected trigger.</summary>
    SuspectedTrigger,
    /// <summary>A notable host event (reboot, crash) from syslog.</summary>
    System,
}

/// <summary>A dated event for the timeline.</summary>
/// <param name="Time">When it happened.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Text">One sentence describing it.</param>
/// <param name="Source">The input it came from (file name), or "analysis".</param>
/// <param name="End">When it ended (alerts resolved), if known.</param>
public sealed record EventRecord(DateTimeOffset Time, EvidenceEventKind Kind, string Text, string Source, DateTimeOffset? End = null)
    : LogRecord(Time);
