// SARIF 2.1.0 for code scanning: one run, every rule in tool.driver.rules, every linted file in run.artifacts, one result per finding, unreadable inputs as notifications.
using System.Text.Json;

namespace Debrief.Linting.Output;

/// <summary>
/// Writes a SARIF 2.1.0 log (valid against the OASIS schema; see docs/lint-json.md). Files inside
/// <c>baseDirectory</c> get a relative <c>uri</c> with <c>uriBaseId</c> <see cref="SourceRoot"/> (defined in
/// <c>run.originalUriBaseIds</c>), other files an absolute <c>file:</c> URI, stdin no URI at all.
/// </summary>
public sealed class SarifFormatter(string toolVersion, string? baseDirectory = null) : ILintFormatter
{
    /// <summary>The <c>$schema</c> written in the log.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Where the tool is described.</summary>
    public const string InformationUri = "https://github.com/debrief/debrief/tree/main/docs/rules";

    /// <summary>Where one rule's page lives: this plus <c>DB010.md</c>.</summary>
    public const string RulePagesUri = "https://github.com/debrief/debrief/blob/main/docs/rules/";

    /// <summary>The uriBaseId of relative artifact locations: the directory the paths are relative to.</summary>
    public const string SourceRoot = "%SRCROOT%";

    private readonly string _root = Path.GetFullPath(baseDirectory ?? Environment.CurrentDirectory);
    private readonly List<ArtifactLocation> _artifacts = [];
    private readonly Dictionary<ArtifactLocation, int> _artifactIndex = [];
    private Dictionary<string, int> _ruleIndex = [];
    private JsonTextStream? _stream;

    /// <summary>Writes the log's header, the tool with every rule, and opens the results.</summary>
    public void Begin(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rules = RuleCatalog.All.Select(r => r.Info).ToList();
        _ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _artifacts.Clear();
        _artifactIndex.Clear();
        _stream = new JsonTextStream();
        var json = _stream.Json;
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, rules);
        json.WriteStartArray("results");
        _stream.FlushTo(output);
    }

    /// <summary>Writes one result per finding of the file.</summary>
    public void WriteFile(LintedFile file, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(output);
        var stream = _stream ?? throw new InvalidOperationException("Begin was not called");
        // run.artifacts is a set (the schema says uniqueItems): a file given twice is one artifact.
        var location = Locate(file.Path, _root);
        if (!_artifactIndex.TryGetValue(location, out var index))
        {
            index = _artifacts.Count;
            _artifacts.Add(location);
            _artifactIndex[location] = index;
        }
        var json = stream.Json;
        foreach (var d in file.Result.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", d.Rule);
            if (_ruleIndex.TryGetValue(d.Rule, out var r))
                json.WriteNumber("ruleIndex", r);
            json.WriteString("level", Level(d.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", d.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WritePropertyName("artifactLocation");
            WriteLocation(json, location, index);
            json.WriteStartObject("region");
            json.WriteNumber("startLine", Math.Max(1, d.Line));
            json.WriteNumber("startColumn", Math.Max(1, d.Column));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("properties");
            json.WriteString("name", d.Name);
            json.WriteString("family", d.Family);
            json.WriteNumber("score", file.Result.Score.Value);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        stream.FlushTo(output);
    }

    /// <summary>Closes the results and writes the artifacts, the invocation (<paramref name="inputErrors"/> become
    /// error notifications of a failed invocation) and the base URI of relative locations.</summary>
    public void End(IReadOnlyList<string> inputErrors, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(inputErrors);
        ArgumentNullException.ThrowIfNull(output);
        var stream = _stream ?? throw new InvalidOperationException("Begin was not called");
        var json = stream.Json;
        json.WriteEndArray();
        json.WriteStartArray("artifacts");
        foreach (var artifact in _artifacts)
        {
            json.WriteStartObject();
            json.WritePropertyName("location");
            WriteLocation(json, artifact, index: null);
            json.WriteStartArray("roles");
            json.WriteStringValue("analysisTarget");
            json.WriteEndArray();
            json.WriteString("mimeType", "text/markdown");
            json.WriteString("sourceLanguage", "markdown");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", inputErrors.Count == 0);
        if (inputErrors.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var problem in inputErrors)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", Sentence(problem));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();
        if (_artifacts.Any(a => a.UriBaseId is not null))
        {
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", ArtifactPaths.FileUri(_root, directory: true));
            json.WriteStartObject("description");
            json.WriteString("text", "The directory the linted paths are relative to.");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        stream.FlushTo(output);
        output.WriteLine();
        stream.Dispose();
        _stream = null;
    }

    private void WriteTool(Utf8JsonWriter json, List<RuleInfo> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "debrief");
        json.WriteString("version", toolVersion);
        json.WriteString("semanticVersion", toolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", Sentence(rule.Summary));
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", Sentence(string.IsNullOrWhiteSpace(rule.Why) ? rule.Summary : rule.Why));
            json.WriteEndObject();
            json.WriteString("helpUri", RulePagesUri + rule.Id + ".md");
            json.WriteStartObject("help");
            json.WriteString("text", Sentence(rule.HowToFix ?? rule.Summary));
            json.WriteString("markdown", RuleDocs.Page(rule));
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("family", rule.Family);
            json.WriteBoolean("fixable", rule.Fixable);
            json.WriteStartArray("tags");
            foreach (var tag in new[] { rule.Family, "postmortem" }.Distinct(StringComparer.Ordinal))
                json.WriteStringValue(tag);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, ArtifactLocation location, int? index)
    {
        json.WriteStartObject();
        if (location.Uri is not null)
            json.WriteString("uri", location.Uri);
        if (location.UriBaseId is not null)
            json.WriteString("uriBaseId", location.UriBaseId);
        if (index is { } i)
            json.WriteNumber("index", i);
        if (location.Uri is null)
        {
            json.WriteStartObject("description");
            json.WriteString("text", "standard input");
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>A SARIF artifactLocation: a relative uri with its base, an absolute file URI, or neither (stdin).</summary>
    private sealed record ArtifactLocation(string? Uri, string? UriBaseId);

    private static ArtifactLocation Locate(string path, string root)
    {
        var where = ArtifactPaths.Resolve(path, root);
        if (where.IsStdin)
            return new ArtifactLocation(null, null);
        return where.Relative is { } relative
            ? new ArtifactLocation(ArtifactPaths.RelativeUri(relative), SourceRoot)
            : new ArtifactLocation(ArtifactPaths.FileUri(where.FullPath!), null);
    }

    /// <summary>SARIF 3.11.11 asks plain-text messages to be complete sentences: end with a full stop.</summary>
    private static string Sentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length == 0 || t.EndsWith('.') || t.EndsWith('?') || t.EndsWith('!') ? t : t + ".";
    }

    /// <summary>SARIF levels: error, warning, note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
