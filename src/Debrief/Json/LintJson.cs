// The records of `debrief lint --format json` (docs/lint-json.md): per file, its profile, score with reasons, elements and findings.
using System.Text.Json.Serialization;
using Debrief.Linting;
using Debrief.Linting.Output;

namespace Debrief.Json;

/// <summary>
/// The lint result of one document, one element of the <c>debrief lint --format json</c> array (written one at a
/// time, so a run over thousands of files streams). The archive server returns it. Property names are snake_case
/// (<see cref="DebriefJsonContext"/>); the shape is documented in docs/lint-json.md.
/// </summary>
/// <param name="Path">The path as given on the command line (<c>-</c> for stdin).</param>
/// <param name="Profile">The profile the document was checked against.</param>
/// <param name="Score">0-100.</param>
/// <param name="ScoreReasons">Every lost point, sorted by points.</param>
/// <param name="Words">Prose words, as <c>debrief show</c> counts them.</param>
/// <param name="Elements">The element report, exactly as in <see cref="PostmortemJson.Elements"/>.</param>
/// <param name="Findings">Sorted by line, column, rule.</param>
public sealed record LintFileJson(
    string Path,
    string Profile,
    int Score,
    IReadOnlyList<ScoreReasonJson> ScoreReasons,
    int Words,
    IReadOnlyDictionary<string, ElementJson> Elements,
    IReadOnlyList<FindingJson> Findings)
{
    /// <summary>The <c>schema_version</c> this build writes (documented in docs/lint-json.md, "Changes").</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The shape's version: raised when a field is renamed or removed, not when one is added.</summary>
    [JsonPropertyOrder(-1)]
    [JsonRequired]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The record of one linted document.</summary>
    public static LintFileJson From(LintedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return From(file.Path, file.Result);
    }

    /// <summary>The record of a lint result, under the path to show.</summary>
    public static LintFileJson From(string path, LintResult result)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(result);
        return new LintFileJson(
            path,
            result.Profile.Name,
            result.Score.Value,
            [.. result.Score.Reasons.Select(ScoreReasonJson.From)],
            result.Document.Words,
            ElementJson.From(result.Elements),
            [.. result.Diagnostics.Select(FindingJson.From)]);
    }
}

/// <summary>Points lost for one element or one rule.</summary>
/// <param name="Key">An element key or a rule id.</param>
/// <param name="Points">How many (1 decimal).</param>
/// <param name="Detail">Why, in words.</param>
public sealed record ScoreReasonJson(string Key, double Points, string Detail)
{
    /// <summary>The record of a score reason.</summary>
    public static ScoreReasonJson From(ScoreReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new ScoreReasonJson(reason.Key, Math.Round(reason.Points, 1), reason.Detail);
    }
}

/// <summary>One finding of one rule.</summary>
/// <param name="Rule">The stable rule id (<c>DB010</c>).</param>
/// <param name="Name">The stable kebab-case rule name.</param>
/// <param name="Family">The rule family (<c>time</c>, <c>timeline</c>, ...).</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>, after config.</param>
/// <param name="Line">1-based line (1 for the whole document).</param>
/// <param name="Column">1-based column, in UTF-16 code units.</param>
/// <param name="Message">What is wrong, in the document's own terms.</param>
/// <param name="Element">The element key the finding reports missing, else null.</param>
/// <param name="Fixable">True when <c>--fix</c> can fix it.</param>
public sealed record FindingJson(string Rule, string Name, string Family, Severity Severity, int Line, int Column, string Message, string? Element, bool Fixable)
{
    /// <summary>The record of a finding.</summary>
    public static FindingJson From(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new FindingJson(diagnostic.Rule, diagnostic.Name, diagnostic.Family, diagnostic.Severity, diagnostic.Line, diagnostic.Column,
            diagnostic.Message, diagnostic.Element, diagnostic.Fix is { Safe: true });
    }
}
