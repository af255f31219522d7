// How serious a finding is; "off" only exists in configuration, never on a diagnostic.
namespace Debrief.Linting;

/// <summary>The severity of a finding, ordered so that a higher value is more serious.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails a build by default and costs no score.</summary>
    Info = 0,
    /// <summary>Should be fixed before publishing.</summary>
    Warning = 1,
    /// <summary>The document is wrong or contradicts itself.</summary>
    Error = 2,
}

/// <summary>Parsing and printing severities the way the CLI and config spell them.</summary>
public static class SeverityNames
{
    /// <summary>"error", "warning" or "info".</summary>
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Parses error/warning/warn/info (case-insensitive); null when unknown.</summary>
    public static Severity? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "error" or "err" => Severity.Error,
        "warning" or "warn" => Severity.Warning,
        "info" or "information" or "note" => Severity.Info,
        _ => null,
    };
}
