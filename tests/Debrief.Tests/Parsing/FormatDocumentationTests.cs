using Debrief.Parsing;

namespace Debrief.Tests.Parsing;

/// <summary>docs/format.md documents the timezone table and the warnings the parser really has.</summary>
public sealed class FormatDocumentationTests
{
    private static string FormatDoc()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Debrief.slnx"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return File.ReadAllText(Path.Combine(dir.FullName, "docs", "format.md"));
    }

    [Fact]
    public void Every_timezone_abbreviation_is_documented_with_its_offset()
    {
        var doc = FormatDoc();
        foreach (var (abbreviation, zone) in Timezones.Abbreviations)
        {
            var sign = zone.Offset < TimeSpan.Zero ? "-" : "+";
            Assert.Contains($"| {abbreviation} | {sign}{zone.Offset:hh\\:mm} |", doc, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("DBP001")]
    [InlineData("DBP002")]
    [InlineData("DBP003")]
    [InlineData("DBP004")]
    [InlineData("DBP005")]
    public void Every_warning_code_is_documented(string code) => Assert.Contains($"| {code} |", FormatDoc(), StringComparison.Ordinal);

    [Theory]
    [InlineData("IST")]
    [InlineData("CST")]
    public void Ambiguous_abbreviations_raise_a_warning(string zone)
    {
        var pm = PostmortemParser.Parse($"# T\n\n## Timeline\n\n- 10:00 {zone} - alert fired\n- 10:30 {zone} - resolved\n");
        var warning = Assert.Single(pm.Warnings, w => w.Code == "DBP001");
        Assert.Contains(zone, warning.Message, StringComparison.Ordinal);
        Assert.Equal(5, warning.Span.Line);
    }

    [Fact]
    public void Unambiguous_zones_raise_no_warning() =>
        Assert.DoesNotContain(PostmortemParser.Parse("- 10:00 UTC - alert\n- 10:05 EAT - more\n").Warnings, w => w.Code == "DBP001");
}
