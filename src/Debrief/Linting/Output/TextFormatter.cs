// The human format: `path:line:col: severity id name: message`, then a score line per file; ANSI colour only when asked.
using System.Globalization;

namespace Debrief.Linting.Output;

/// <summary>One line per finding, Vale/compiler style, then <c>path: score N/100 (reasons)</c>.</summary>
public sealed class TextFormatter(bool colour) : ILintFormatter
{
    private const string Reset = "\u001b[0m";

    public void WriteFile(LintedFile file, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var d in file.Result.Diagnostics)
            output.WriteLine(Line(file.Path, d));
        var score = file.Result.Score;
        var reasons = score.Reasons.Take(5).Select(r => $"{r.Key} -{r.Points.ToString("0.#", CultureInfo.InvariantCulture)}").ToList();
        if (score.Reasons.Count > 5)
            reasons.Add("...");
        var scoreText = $"score {score.Value}/100";
        if (colour)
            scoreText = (score.Value >= 90 ? "\u001b[32m" : score.Value >= 60 ? "\u001b[33m" : "\u001b[31m") + scoreText + Reset;
        output.WriteLine($"{file.Path}: {scoreText}{(reasons.Count > 0 ? $" ({string.Join(", ", reasons)})" : "")}");
    }

    /// <summary>The stable line for one finding.</summary>
    public string Line(string path, Diagnostic d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var severity = d.Severity.Name();
        if (colour)
            severity = (d.Severity switch { Severity.Error => "\u001b[31m", Severity.Warning => "\u001b[33m", _ => "\u001b[36m" }) + severity + Reset;
        return $"{path}:{d.Line}:{d.Column}: {severity} {d.Rule} {d.Name}: {d.Message}";
    }
}
