// The vendored OASIS SARIF 2.1.0 schema (Fixtures/sarif) as a JsonSchema.Net validator, formats enforced.
using System.Text.Json;
using Json.Schema;

namespace Debrief.Cli.Tests;

internal static class SarifSchema
{
    public static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "sarif", "sarif-schema-2.1.0.json");

    // Built once: JsonSchema.Net registers a built schema under its base URI.
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(SchemaPath, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://debrief.test/sarif-schema-2.1.0.json")));

    /// <summary>Every schema violation as "instance location: message"; empty when the log is valid.</summary>
    public static IReadOnlyList<string> Errors(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.Hierarchical,
            RequireFormatValidation = true,
        });
        if (results.IsValid)
            return [];
        var errors = new List<string>();
        Collect(results, errors);
        return errors.Count > 0 ? errors : ["invalid (no details)"];
    }

    // Only below failing nodes: a failing branch of a passing anyOf is not an error of the document.
    private static void Collect(EvaluationResults node, List<string> errors)
    {
        if (node.IsValid)
            return;
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            errors.Add($"{node.InstanceLocation}: {keyword}: {message}");
        foreach (var child in node.Details ?? [])
            Collect(child, errors);
    }
}
