// One linted document as the formatters see it: the path to print and the lint result.
namespace Debrief.Linting.Output;

/// <summary>A document's path (as given, "-" for stdin) and its result.</summary>
public sealed record LintedFile(string Path, LintResult Result);

/// <summary>A way of printing lint results, streamed: <see cref="Begin"/>, then <see cref="WriteFile"/> per document in
/// input order, then <see cref="End"/>. A formatter instance writes one report (it may keep state between calls),
/// and a caller need not hold every result in memory.</summary>
public interface ILintFormatter
{
    /// <summary>Writes what comes before the first document (a JSON array's "[", a SARIF log's header).</summary>
    void Begin(TextWriter output)
    {
    }

    /// <summary>Writes one document's results.</summary>
    void WriteFile(LintedFile file, TextWriter output);

    /// <summary>Writes what comes after the last document; <paramref name="inputErrors"/> are the documents that
    /// could not be read ("path: message", already on stderr), which formats that can carry them include.</summary>
    void End(IReadOnlyList<string> inputErrors, TextWriter output)
    {
    }

    /// <summary>Writes a whole report at once.</summary>
    void Write(IReadOnlyList<LintedFile> files, IReadOnlyList<string> inputErrors, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(files);
        Begin(output);
        foreach (var file in files)
            WriteFile(file, output);
        End(inputErrors, output);
    }

    /// <summary>Writes a whole report of readable documents.</summary>
    void Write(IReadOnlyList<LintedFile> files, TextWriter output) => Write(files, [], output);
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
