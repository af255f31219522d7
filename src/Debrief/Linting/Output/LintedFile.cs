// One linted document as the formatters see it: the path to print and the lint result.
namespace Debrief.Linting.Output;

/// <summary>A document's path (as given, "-" for stdin) and its result.</summary>
public sealed record LintedFile(string Path, LintResult Result);

/// <summary>A way of printing lint results.</summary>
public interface ILintFormatter
{
    /// <summary>Writes every file's results.</summary>
    void Write(IReadOnlyList<LintedFile> files, TextWriter output);

    /// <summary>
    /// Writes every file's results and the documents that could not be read ("path: message", already on stderr);
    /// formats that can carry them (SARIF's tool execution notifications) include them.
    /// </summary>
    void Write(IReadOnlyList<LintedFile> files, IReadOnlyList<string> inputErrors, TextWriter output) => Write(files, output);
}

/// <summary>The formatters by their <c>--format</c> name.</summary>
public static class LintFormatters
{
    /// <summary>Format names accepted by <c>debrief lint --format</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github"];

    /// <summary>
    /// The formatter for a name; <paramref name="colour"/> only affects text; <paramref name="baseDirectory"/>
    /// (default: the current directory) is what sarif and github make paths relative to.
    /// </summary>
    public static ILintFormatter For(string name, bool colour = false, string toolVersion = "0.0.0", string? baseDirectory = null) => name switch
    {
        "text" => new TextFormatter(colour),
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(toolVersion, baseDirectory),
        "github" => new GithubFormatter(baseDirectory),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, $"unknown format (known: {string.Join(", ", Names)})"),
    };
}
