using System.Xml.Linq;

namespace Debrief.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "render", "checkout-outage.md");
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("debrief-render-");

    public void Dispose() => _out.Delete(recursive: true);

    private string Out(string name) => Path.Combine(_out.FullName, name);

    [Fact]
    public void Html_goes_to_stdout_by_default_with_the_lint_panel()
    {
        var r = CliHarness.Run("render", Fixture);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", r.Stdout);
        Assert.Contains("id=\"debrief-lint\"", r.Stdout);
        Assert.Contains("data-fact=\"duration\"><time datetime=\"PT2H30M\">2 h 30 min</time><", r.Stdout);
        Assert.DoesNotContain("<script", r.Stdout);
    }

    [Fact]
    public void No_lint_leaves_the_panel_out()
    {
        var r = CliHarness.Run("render", Fixture, "--no-lint");
        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("id=\"debrief-lint\"", r.Stdout);
    }

    [Fact]
    public void Output_file_is_written_and_no_temp_file_is_left()
    {
        var r = CliHarness.Run("render", Fixture, "-o", Out("page.html"));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(Out("page.html")));
        Assert.Equal(["page.html"], _out.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void Format_follows_the_output_extension()
    {
        Assert.Equal(0, CliHarness.Run("render", Fixture, "-o", Out("n.md")).ExitCode);
        Assert.StartsWith("---\n", File.ReadAllText(Out("n.md")));
        Assert.Equal(0, CliHarness.Run("render", Fixture, "-o", Out("n.json")).ExitCode);
        Assert.StartsWith("{", File.ReadAllText(Out("n.json")).TrimStart());
    }

    [Fact]
    public void Normalised_markdown_has_front_matter_and_canonical_sections()
    {
        var r = CliHarness.Run("render", Fixture, "--format", "md");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("started: 2024-06-20T14:00:00+00:00", r.Stdout);
        Assert.Contains("\n# Checkout API outage after a connection pool change\n", r.Stdout);
        var headings = r.Stdout.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["## Issue Summary", "## Timeline", "## Root Cause and Resolution", "## Corrective and Preventative Measures"], headings);
    }

    [Fact]
    public void Json_is_the_model()
    {
        var r = CliHarness.Run("render", Fixture, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Stdout);
        Assert.Equal("Checkout API outage after a connection pool change", doc.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void Diagram_only_writes_an_accessible_svg()
    {
        var r = CliHarness.Run("render", Fixture, "--diagram-only", "-o", Out("d.svg"));
        Assert.Equal(0, r.ExitCode);
        var svg = XDocument.Load(Out("d.svg"));
        XNamespace s = "http://www.w3.org/2000/svg";
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.NotNull(svg.Root.Element(s + "title"));
        Assert.NotNull(svg.Root.Element(s + "desc"));
        Assert.Contains(svg.Descendants(s + "text"), t => t.Value.Contains("Escalated to the database team", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdf_is_printed_by_chromium()
    {
        var r = CliHarness.Run("render", Fixture, "--format", "pdf", "-o", Out("p.pdf"), "--chromium", "/usr/bin/chromium");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var bytes = File.ReadAllBytes(Out("p.pdf"));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(["p.pdf"], _out.GetFiles().Select(f => f.Name));
    }

    [Fact]
    public void Pdf_without_chromium_exits_2_with_a_clear_message()
    {
        var r = CliHarness.Run("render", Fixture, "--format", "pdf", "-o", Out("p.pdf"), "--chromium", Out("no-such-chromium"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no Chromium at", r.Stderr);
        Assert.False(File.Exists(Out("p.pdf")));
    }

    [Fact]
    public void Evidence_report_adds_the_impact_chart()
    {
        var log = AnalyzeCommandTests.WriteOutageLog(_out.FullName);
        Assert.Equal(0, CliHarness.Run("analyze", log, "--format", "json", "-o", Out("report.json")).ExitCode);
        var r = CliHarness.Run("render", Fixture, "--evidence", Out("report.json"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(r.Stdout);
        var chart = page.QuerySelector("#debrief-impact svg");
        Assert.NotNull(chart);
        Assert.Equal("img", chart.GetAttribute("role"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void A_file_that_is_not_an_evidence_report_exits_2()
    {
        File.WriteAllText(Out("bad.json"), "{\"hello\": 1}");
        var r = CliHarness.Run("render", Fixture, "--evidence", Out("bad.json"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not an evidence report", r.Stderr);
    }

    [Fact]
    public void An_evidence_report_of_version_1_exits_2_and_says_to_analyze_again()
    {
        var log = AnalyzeCommandTests.WriteOutageLog(_out.FullName);
        Assert.Equal(0, CliHarness.Run("analyze", log, "--format", "json", "-o", Out("v2.json")).ExitCode);
        var v1 = File.ReadAllText(Out("v2.json")).Replace("\"schema_version\": 2", "\"version\": 1", StringComparison.Ordinal);
        File.WriteAllText(Out("v1.json"), v1);
        var r = CliHarness.Run("render", Fixture, "--evidence", Out("v1.json"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("v1.json", r.Stderr);
        Assert.Contains("version 1", r.Stderr);
        Assert.Contains("run debrief analyze again", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Missing_input_and_bad_format_exit_2()
    {
        Assert.Equal(2, CliHarness.Run("render", Out("missing.md")).ExitCode);
        Assert.Equal(2, CliHarness.Run("render", Fixture, "--format", "docx").ExitCode);
        var r = CliHarness.Run("render", Fixture, "-o", Path.Combine(Out("no-folder"), "x.html"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("output folder does not exist", r.Stderr);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("-")]
    public void Render_works_where_show_works_on_250_nested_levels(string marker)
    {
        var sb = new System.Text.StringBuilder("# Deeply nested\n\n");
        if (marker == ">")
            sb.Append(string.Concat(Enumerable.Repeat("> ", 250))).Append("the innermost quote\n");
        else
            for (var i = 0; i < 250; i++) sb.Append(new string(' ', 2 * i)).Append("- level ").Append(i).Append('\n');
        File.WriteAllText(Out("deep.md"), sb.ToString());
        Assert.Equal(0, CliHarness.Run("show", Out("deep.md")).ExitCode);
        var r = CliHarness.Run("render", Out("deep.md"), "-o", Out("deep.html"));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(marker == ">" ? "the innermost quote" : "level 249", File.ReadAllText(Out("deep.html")), StringComparison.Ordinal);
    }
}
