// Golden files: the exact JSON of show, lint, analyze (and render --format json) over small inputs, and the golden files read back into the records.
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Debrief.Json;

namespace Debrief.Cli.Tests;

/// <summary>
/// Runs the built CLI in <c>Golden/inputs</c> (relative paths, a pinned <c>.debrief.yml</c>) and compares its stdout
/// byte for byte with <c>Golden/*.json</c>. An intended change of the JSON is made visible by regenerating them:
/// <c>DEBRIEF_UPDATE_GOLDEN=1 dotnet test tests/Debrief.Cli.Tests --filter FullyQualifiedName~GoldenJson</c>, then
/// review the diff and list every renamed or removed field under "Changes" in the docs.
/// </summary>
public sealed class GoldenJsonTests
{
    private static readonly string Inputs = Path.Combine(AppContext.BaseDirectory, "Golden", "inputs");

    /// <summary>Golden file → the command that writes it.</summary>
    public static TheoryData<string, string[]> Commands => new()
    {
        { "show-checkout-outage.json", ["show", "checkout-outage.md", "--format", "json"] },
        { "show-undated.json", ["show", "undated.md", "--format", "json"] },
        { "lint.json", ["lint", "--format", "json", "checkout-outage.md", "undated.md", "backwards.md"] },
        { "analyze.json", ["analyze", "access.log", "deploys.csv", "alerts.json", "--format", "json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_is_the_golden_file(string golden, string[] args)
    {
        var r = CliProcess.Run(Inputs, null, null, args);
        Assert.True(r.ExitCode is 0 or 1, $"exit {r.ExitCode}: {r.Stderr}");
        Assert.Equal("", r.Stderr);
        if (UpdateGolden)
            Update(golden, r.Stdout);
        AssertSameText(golden, Golden(golden), r.Stdout);
    }

    [Fact]
    public void Render_json_is_the_show_json()
    {
        var r = CliProcess.Run(Inputs, null, null, "render", "checkout-outage.md", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        AssertSameText("show-checkout-outage.json", Golden("show-checkout-outage.json"), r.Stdout);
    }

    /// <summary>Schema drift: each golden file is exactly what its record reads and writes back. A field the record
    /// lacks, a field it requires that the file lacks, or a value spelled differently fails here.</summary>
    [Theory]
    [InlineData("show-checkout-outage.json")]
    [InlineData("show-undated.json")]
    [InlineData("lint.json")]
    [InlineData("analyze.json")]
    public void Golden_file_reads_back_into_its_record(string golden)
    {
        var text = Golden(golden);
        var again = golden switch
        {
            _ when golden.StartsWith("show-", StringComparison.Ordinal) => RoundTrip(text, DebriefJson.Context.PostmortemJson),
            "lint.json" => RoundTrip(text, DebriefJson.Context.IReadOnlyListLintFileJson),
            "analyze.json" => RoundTrip(text, DebriefJson.Context.EvidenceReportJson),
            _ => throw new ArgumentOutOfRangeException(nameof(golden), golden, "no record for this golden file"),
        };
        AssertSameText(golden, text, again + "\n");
    }

    [Fact]
    public void The_analyze_golden_file_is_what_render_evidence_reads()
    {
        var report = DebriefJson.ReadEvidenceReport(Golden("analyze.json")).ToReport();
        Assert.Single(report.Incidents);
        Assert.Equal(Golden("analyze.json"), DebriefJson.Write(EvidenceReportJson.From(report)) + "\n");
    }

    private static string RoundTrip<T>(string text, JsonTypeInfo<T> type)
    {
        var strict = new JsonSerializerOptions(DebriefJson.Context.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
        var value = JsonSerializer.Deserialize(text, (JsonTypeInfo<T>)strict.GetTypeInfo(typeof(T)));
        Assert.NotNull(value);
        return DebriefJson.Write(value, type);
    }

    private static bool UpdateGolden => Environment.GetEnvironmentVariable("DEBRIEF_UPDATE_GOLDEN") == "1";

    private static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name));

    /// <summary>Writes the golden file in the source tree (and the copy beside the tests, for this run).</summary>
    private static void Update(string name, string text, [CallerFilePath] string source = "")
    {
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(source)!, "Golden", name), text);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name), text);
    }

    /// <summary>Equal texts, else a failure naming the first differing line (a renamed field shows as its old and new name).</summary>
    private static void AssertSameText(string golden, string expected, string actual)
    {
        if (expected == actual)
            return;
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var i = 0;
        while (i < want.Length && i < got.Length && want[i] == got[i])
            i++;
        Assert.Fail($"Golden/{golden} differs at line {i + 1}:\n  golden: {(i < want.Length ? want[i] : "(end)")}\n  actual: {(i < got.Length ? got[i] : "(end)")}\n" +
            "If the change is intended, regenerate with DEBRIEF_UPDATE_GOLDEN=1 and list renamed or removed fields under \"Changes\" in the docs.");
    }
}
