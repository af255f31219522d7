// SARIF 2.1.0 for code scanning: one run, every rule in tool.driver.rules, one result per finding with a location.
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Debrief.Linting.Output;

/// <summary>Writes a SARIF 2.1.0 log.</summary>
public sealed class SarifFormatter(string toolVersion) : ILintFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/debrief/debrief/tree/main/docs/rules";

    public void Write(IReadOnlyList<LintedFile> files, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        var rules = RuleCatalog.All.Select(r => r.Info).ToList();
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
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
                json.WriteString("text", rule.Summary);
                json.WriteEndObject();
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Why);
                json.WriteEndObject();
                json.WriteString("helpUri", $"{InformationUri}/{rule.Id}.md");
                json.WriteStartObject("help");
                json.WriteString("text", rule.HowToFix ?? rule.Summary);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.Severity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("family", rule.Family);
                json.WriteStartArray("tags");
                json.WriteStringValue(rule.Family);
                json.WriteStringValue("postmortem");
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var file in files)
            {
                foreach (var d in file.Result.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("ruleId", d.Rule);
                    if (index.TryGetValue(d.Rule, out var i))
                        json.WriteNumber("ruleIndex", i);
                    json.WriteString("level", Level(d.Severity));
                    json.WriteStartObject("message");
                    json.WriteString("text", d.Message);
                    json.WriteEndObject();
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", Uri(file.Path));
                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", Math.Max(1, d.Line));
                    json.WriteNumber("startColumn", Math.Max(1, d.Column));
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteStartObject("properties");
                    json.WriteString("family", d.Family);
                    json.WriteNumber("score", file.Result.Score.Value);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>SARIF levels: error, warning, note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A relative URI reference for a path: forward slashes, each segment percent-encoded.</summary>
    public static string Uri(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "-")
            return "stdin";
        var normalised = path.Replace('\\', '/');
        if (normalised.StartsWith("./", StringComparison.Ordinal))
            normalised = normalised[2..];
        var rooted = normalised.StartsWith('/');
        var encoded = string.Join('/', normalised.Split('/').Select(System.Uri.EscapeDataString));
        return rooted ? "file://" + encoded : encoded;
    }
}
