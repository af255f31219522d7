// Syslog lines that are timeline events on their own: the host booting, the kernel killing processes, panics.
namespace Debrief.Evidence;

/// <summary>Phrases that make a log message a host event, and how to describe it.</summary>
public static class SystemEventPatterns
{
    /// <summary>(phrase, description); matched case-insensitively.</summary>
    public static IReadOnlyList<(string Phrase, string Description)> Patterns { get; } =
    [
        ("Linux version", "Host booted (kernel started)"),
        ("syslogd", "Syslog restarted (host or service restart)"),
        ("Kernel panic", "Kernel panic"),
        ("Out of memory", "Kernel out of memory: process killed"),
        ("oom-killer", "OOM killer invoked"),
        ("segfault", "Process crashed (segfault)"),
        ("exiting on signal", "Service stopped"),
    ];

    /// <summary>The description for a message, or null when it is not a host event.</summary>
    public static string? Match(MessageRecord message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (phrase, description) in Patterns)
        {
            if (!message.Text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                continue;
            if (phrase == "syslogd" && !message.Text.Contains("restart", StringComparison.OrdinalIgnoreCase))
                continue;
            return $"{description}{(message.Origin is null ? "" : $" ({message.Origin})")}: {ErrorBurstFinder.Shorten(message.Text, 100)}";
        }
        return null;
    }
}
