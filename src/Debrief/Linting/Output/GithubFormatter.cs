// GitHub Actions workflow commands: `::error file=...,line=...,col=...,title=...::message` per finding.
namespace Debrief.Linting.Output;

/// <summary>
/// Writes workflow annotations (error, warning, notice). <c>file</c> is relative to <c>baseDirectory</c>
/// (the CLI passes $GITHUB_WORKSPACE, else the current directory) so that GitHub can attach it to the repository
/// file; a file outside it keeps its absolute path, stdin gets no <c>file</c>. Values are escaped as the
/// runner expects: % CR LF in the message; also : and , in properties.
/// </summary>
public sealed class GithubFormatter(string? baseDirectory = null) : ILintFormatter
{
    private readonly string _root = Path.GetFullPath(baseDirectory ?? Environment.CurrentDirectory);

    public void WriteFile(LintedFile file, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(output);
        var where = ArtifactPaths.Resolve(file.Path, _root);
        var fileProperty = where.IsStdin ? "" : $"file={Property(where.Relative ?? where.FullPath!)},";
        foreach (var d in file.Result.Diagnostics)
        {
            var command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            output.WriteLine($"::{command} {fileProperty}line={Math.Max(1, d.Line)},col={Math.Max(1, d.Column)},title={Property($"{d.Rule} {d.Name}")}::{Data(d.Message)}");
        }
    }

    /// <summary>Escapes a command's message (GitHub's escapeData): % first, then CR and LF.</summary>
    public static string Data(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a property value (GitHub's escapeProperty): as <see cref="Data"/>, plus : and ,.</summary>
    public static string Property(string s) =>
        Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
