// GitHub Actions workflow commands: `::error file=...,line=...,col=...,title=...::message` per finding.
namespace Debrief.Linting.Output;

/// <summary>Writes workflow annotations (error, warning, notice).</summary>
public sealed class GithubFormatter : ILintFormatter
{
    public void Write(IReadOnlyList<LintedFile> files, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var file in files)
        {
            foreach (var d in file.Result.Diagnostics)
            {
                var command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
                output.WriteLine($"::{command} file={Property(file.Path)},line={d.Line},col={d.Column},title={Property($"{d.Rule} {d.Name}")}::{Data(d.Message)}");
            }
        }
    }

    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
