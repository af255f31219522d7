// Helpers for the tests: LSP params builders, fixture paths, and an analyzer that holds lints until released (for races made deterministic).
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Debrief.Lsp.Analysis;

namespace Debrief.Lsp.Tests;

internal static class Documents
{
    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Fixture(string name) => File.ReadAllText(FixturePath(name));

    public static string UriOf(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static JsonObject Open(string uri, int version, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = version, ["text"] = text },
    };

    public static JsonObject ChangeAll(string uri, int version, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
    };

    public static JsonObject ChangeRange(string uri, int version, int line, int from, int to, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = Range(line, from, line, to), ["text"] = text }),
    };

    public static JsonObject Range(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JsonObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    public static JsonObject Id(string uri) => new() { ["textDocument"] = new JsonObject { ["uri"] = uri } };

    public static JsonObject At(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    /// <summary>The diagnostics array of a publishDiagnostics params object.</summary>
    public static List<JsonElement> Items(JsonElement publish) => [.. publish.GetProperty("diagnostics").EnumerateArray()];

    public static string Code(JsonElement diagnostic) => diagnostic.GetProperty("code").GetString()!;

    public static (int Line, int Character) Start(JsonElement diagnosticOrEdit) =>
        (diagnosticOrEdit.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(),
         diagnosticOrEdit.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());

    public static (int Line, int Character) End(JsonElement diagnosticOrEdit) =>
        (diagnosticOrEdit.GetProperty("range").GetProperty("end").GetProperty("line").GetInt32(),
         diagnosticOrEdit.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());

    /// <summary>Applies LSP text edits (against the same original text, UTF-16 columns) the way an editor does.</summary>
    public static string Apply(string text, IEnumerable<JsonElement> edits)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            else if (text[i] is not ('\r' or '\n'))
                continue;
            starts.Add(i + 1);
        }
        int Offset((int Line, int Character) p) => p.Line >= starts.Count ? text.Length : starts[p.Line] + p.Character;
        foreach (var edit in edits.OrderByDescending(e => Offset(Start(e))))
        {
            var from = Offset(Start(edit));
            var to = Offset(End(edit));
            text = text[..from] + edit.GetProperty("newText").GetString() + text[to..];
        }
        return text;
    }
}

/// <summary>The real analyzer, except that the first <paramref name="held"/> calls wait for <see cref="Release"/>.</summary>
internal sealed class GatedAnalyzer(int held = int.MaxValue) : IDocumentAnalyzer
{
    private readonly CoreAnalyzer _core = new();
    private readonly ManualResetEventSlim _released = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    /// <summary>Completes when the first analysis has started (and is held).</summary>
    public Task Started => _started.Task;

    /// <summary>The texts analysed, in call order.</summary>
    public ConcurrentQueue<string> Texts { get; } = new();

    public void Release() => _released.Set();

    public DocumentAnalysis Analyze(string text, string? path, string? configDirectory)
    {
        Texts.Enqueue(text);
        if (Interlocked.Increment(ref _calls) <= held)
        {
            _started.TrySetResult();
            _released.Wait(TestClient.Timeout);
        }
        return _core.Analyze(text, path, configDirectory);
    }

    public RuleHelp? Rule(string id) => _core.Rule(id);

    public void ConfigChanged() => _core.ConfigChanged();
}

internal static class Json
{
    public static JsonNode Parse(JsonElement element) => JsonNode.Parse(element.GetRawText())!;
}
