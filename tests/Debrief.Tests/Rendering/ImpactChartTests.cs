// The impact chart: valid, accessible SVG with the incident shaded, events numbered and real text.
using System.Xml.Linq;
using Debrief.Evidence;
using Debrief.Rendering;
using Debrief.Tests.Evidence;

namespace Debrief.Tests.Rendering;

public sealed class ImpactChartTests
{
    private static readonly XNamespace S = "http://www.w3.org/2000/svg";

    [Fact]
    public void Chart_is_well_formed_svg_with_title_desc_and_text()
    {
        var svg = XDocument.Parse(ImpactChart.Render(DraftWriterTests.OutageReport()));
        var root = svg.Root!;
        Assert.Equal("img", root.Attribute("role")?.Value);
        Assert.Contains("incident shaded", root.Element(S + "title")!.Value, StringComparison.Ordinal);
        var desc = root.Element(S + "desc")!.Value;
        Assert.Contains("from 13:47 to 14:24 UTC+01:00", desc, StringComparison.Ordinal);
        Assert.Contains("60% of requests failed", desc, StringComparison.Ordinal);
        var texts = root.Descendants(S + "text").Select(t => t.Value).ToList();
        Assert.Contains(texts, t => t.Contains("incident 1", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Rollback", StringComparison.Ordinal));
        Assert.Contains(texts, t => t == "14:00");
    }

    [Fact]
    public void Incident_band_spans_the_window()
    {
        var svg = XDocument.Parse(ImpactChart.Render(DraftWriterTests.OutageReport()));
        var band = svg.Root!.Elements(S + "rect").Single(r => r.Attribute("fill")?.Value == "#fb8f44");
        Assert.Contains("from 13:47 to 14:24", band.Element(S + "title")!.Value, StringComparison.Ordinal);
        Assert.True(double.Parse(band.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture) > 100);
    }

    [Fact]
    public void Ids_use_the_prefix_and_user_text_is_escaped()
    {
        var report = DraftWriterTests.OutageReport();
        var incident = report.Incidents[0];
        report = report with { Incidents = [incident with { Events = [.. incident.Events, new EventRecord(incident.Start.AddMinutes(1), EvidenceEventKind.Deploy, "<script>alert(1)</script>", "x")] }] };
        var svg = ImpactChart.Render(report, new ImpactChartOptions { IdPrefix = "chart2" });
        Assert.Contains("aria-labelledby=\"chart2-title chart2-desc\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        XDocument.Parse(svg);
    }

    [Fact]
    public void A_report_without_incidents_still_draws()
    {
        var report = DraftWriterTests.OutageReport() with { Incidents = [] };
        var svg = XDocument.Parse(ImpactChart.Render(report));
        Assert.Contains("no incident found", svg.Root!.Element(S + "title")!.Value, StringComparison.Ordinal);
    }
}
