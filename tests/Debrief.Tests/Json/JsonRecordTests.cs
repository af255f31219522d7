// The JSON records: one snake_case naming style, values spelled one way, strict reading, every field documented.
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Debrief.Evidence;
using Debrief.Json;
using Debrief.Linting;
using Debrief.Model;

namespace Debrief.Tests.Json;

public sealed partial class JsonRecordTests
{
    private static readonly DebriefJsonContext Context = DebriefJson.Context;

    /// <summary>The three documents and the page that documents each.</summary>
    public static TheoryData<string, string> Documents => new()
    {
        { nameof(PostmortemJson), "format.md" },
        { nameof(LintFileJson), "lint-json.md" },
        { nameof(EvidenceReportJson), "evidence.md" },
    };

    private static JsonTypeInfo Root(string name) => name switch
    {
        nameof(PostmortemJson) => Context.PostmortemJson,
        nameof(LintFileJson) => Context.LintFileJson,
        nameof(EvidenceReportJson) => Context.EvidenceReportJson,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>Every property name reachable from a record, with the record that has it.</summary>
    private static List<(string Type, string Name)> PropertyNames(JsonTypeInfo root)
    {
        var names = new List<(string, string)>();
        var seen = new HashSet<Type>();
        var pending = new Stack<JsonTypeInfo>([root]);
        while (pending.TryPop(out var info))
        {
            if (!seen.Add(info.Type))
                continue;
            foreach (var p in info.Properties)
            {
                names.Add((info.Type.Name, p.Name));
                pending.Push(Context.GetTypeInfo(p.PropertyType)!);
            }
            if (info.ElementType is { } element)
                pending.Push(Context.GetTypeInfo(element)!);
        }
        return names;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();

    [Theory]
    [InlineData(nameof(PostmortemJson))]
    [InlineData(nameof(LintFileJson))]
    [InlineData(nameof(EvidenceReportJson))]
    public void Every_property_name_is_snake_case(string document)
    {
        var names = PropertyNames(Root(document));
        Assert.True(names.Count > 10, $"only {names.Count} properties found under {document}");
        Assert.All(names, n => Assert.True(SnakeCase().IsMatch(n.Name), $"{n.Type}.{n.Name} is not snake_case"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_property_is_documented(string document, string page)
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", page));
        var missing = PropertyNames(Root(document))
            .Where(n => !doc.Contains($"\"{n.Name}\"", StringComparison.Ordinal) && !doc.Contains($"`{n.Name}`", StringComparison.Ordinal))
            .Select(n => $"{n.Type}.{n.Name}")
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, $"docs/{page} does not mention: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_document_starts_with_its_schema_version()
    {
        Assert.Equal("schema_version", Context.PostmortemJson.Properties.OrderBy(p => p.Order).First().Name);
        Assert.Equal("schema_version", Context.LintFileJson.Properties.OrderBy(p => p.Order).First().Name);
        Assert.Equal("schema_version", Context.EvidenceReportJson.Properties.OrderBy(p => p.Order).First().Name);
    }

    [Fact]
    public void Times_are_spelled_to_the_second()
    {
        var instant = new DateTimeOffset(2025, 3, 14, 13, 47, 5, 321, TimeSpan.FromHours(1));
        Assert.Equal("\"2025-03-14T13:47:05+01:00\"", JsonSerializer.Serialize(instant, Context.DateTimeOffset));
        Assert.Equal("\"2025-03-14T13:47:05-04:30\"", JsonSerializer.Serialize(new DateTimeOffset(2025, 3, 14, 13, 47, 5, TimeSpan.FromHours(-4.5)), Context.DateTimeOffset));
        Assert.Equal("\"16:30:00\"", JsonSerializer.Serialize(new TimeOnly(16, 30, 0, 250), Context.TimeOnly));
        Assert.Equal("\"2025-02-01\"", JsonSerializer.Serialize(new DateOnly(2025, 2, 1), Context.DateOnly));
        Assert.Equal(instant.AddMilliseconds(-321), JsonSerializer.Deserialize("\"2025-03-14T13:47:05+01:00\"", Context.DateTimeOffset));
        Assert.Equal(new TimeOnly(16, 30), JsonSerializer.Deserialize("\"16:30:00\"", Context.TimeOnly));
    }

    [Theory]
    [InlineData("\"2025-03-14T13:47:05\"")]
    [InlineData("\"14/03/2025 13:47\"")]
    [InlineData("1741956425")]
    public void An_instant_without_an_offset_is_refused(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Context.DateTimeOffset));

    [Fact]
    public void Enumerations_are_their_snake_case_names_in_the_json_and_in_text_output()
    {
        AssertNames(Context.SectionKind);
        AssertNames(Context.HeadingStyle);
        AssertNames(Context.TimelineEntryKind);
        AssertNames(Context.Severity);
        AssertNames(Context.EvidenceEventKind);
        Assert.Equal("\"root_cause_and_resolution\"", JsonSerializer.Serialize(SectionKind.RootCauseAndResolution, Context.SectionKind));
        Assert.Equal("\"suspected_trigger\"", JsonSerializer.Serialize(EvidenceEventKind.SuspectedTrigger, Context.EvidenceEventKind));
        Assert.Equal("\"error\"", JsonSerializer.Serialize(Severity.Error, Context.Severity));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("2", Context.Severity));
    }

    private static void AssertNames<TEnum>(JsonTypeInfo<TEnum> type) where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var json = JsonSerializer.Serialize(value, type);
            Assert.Equal($"\"{JsonNames.Of(value)}\"", json);
            Assert.Equal(value, JsonSerializer.Deserialize(json, type));
        }
    }

    [Fact]
    public void A_record_missing_a_required_property_is_refused()
    {
        var json = DebriefJson.Write(new LintFileJson("a.md", "brief", 90, [], 10, new Dictionary<string, ElementJson>(), []));
        Assert.Equal("a.md", DebriefJson.Read(json, Context.LintFileJson).Path);
        var withoutScore = json.Replace("\"score\": 90,", "", StringComparison.Ordinal);
        Assert.NotEqual(json, withoutScore);
        var e = Assert.Throws<JsonException>(() => DebriefJson.Read(withoutScore, Context.LintFileJson));
        Assert.Contains("score", e.Message, StringComparison.Ordinal);
        var withoutVersion = json.Replace("\"schema_version\": 2,", "", StringComparison.Ordinal);
        Assert.NotEqual(json, withoutVersion);
        Assert.Throws<JsonException>(() => DebriefJson.Read(withoutVersion, Context.LintFileJson));
        var nullPath = json.Replace("\"path\": \"a.md\"", "\"path\": null", StringComparison.Ordinal);
        Assert.NotEqual(json, nullPath);
        Assert.Throws<JsonException>(() => DebriefJson.Read(nullPath, Context.LintFileJson));
    }

    [Fact]
    public void An_evidence_report_of_version_1_is_refused_with_a_message_that_says_so()
    {
        var v2 = DebriefJson.Write(EvidenceReportJson.From(new EvidenceReport()));
        Assert.Equal(2, DebriefJson.ReadEvidenceReport(v2).SchemaVersion);
        var v1 = v2.Replace("\"schema_version\": 2", "\"version\": 1", StringComparison.Ordinal);
        Assert.NotEqual(v2, v1);
        var e = Assert.Throws<JsonException>(() => DebriefJson.ReadEvidenceReport(v1));
        Assert.Contains("version 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("run debrief analyze again", e.Message, StringComparison.Ordinal);
        var v3 = v2.Replace("\"schema_version\": 2", "\"schema_version\": 3", StringComparison.Ordinal);
        Assert.Contains("schema_version 3", Assert.Throws<JsonException>(() => DebriefJson.ReadEvidenceReport(v3)).Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => DebriefJson.ReadEvidenceReport("null"));
    }

    [Fact]
    public void Non_ascii_text_is_written_as_is()
    {
        var json = DebriefJson.Write(new LintFileJson("pannë #1 <50%>.md", "brief", 90, [], 10, new Dictionary<string, ElementJson>(), []));
        Assert.Contains("\"path\": \"pannë #1 <50%>.md\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_json_of_every_fixture_reads_back_as_written()
    {
        var count = 0;
        foreach (var path in Fixtures.FixtureFiles.All())
        {
            var pm = Debrief.Parsing.PostmortemParser.Parse(File.ReadAllText(path), path);
            JsonRoundTrip.AssertShowJsonReadsBack(pm, Debrief.Elements.ElementDetector.Detect(pm));
            count++;
        }
        Assert.True(count >= 5, $"{count} fixtures");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Debrief.slnx")))
            dir = dir.Parent;
        Assert.NotNull(dir);
        return dir.FullName;
    }
}
