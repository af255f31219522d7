using System.Xml.Linq;
using Debrief.Model;
using Debrief.Rendering;

namespace Debrief.Tests.Rendering;

public sealed class TimelineDiagramTests
{
    private static readonly XNamespace S = "http://www.w3.org/2000/svg";

    private static XDocument Draw(Postmortem p) => XDocument.Parse(TimelineDiagram.Render(p));

    [Fact]
    public void Is_well_formed_accessible_svg_with_title_and_description()
    {
        var svg = Draw(Samples.Incident(TimeSpan.FromMinutes(150), 11));
        var root = svg.Root!;
        Assert.Equal("img", (string?)root.Attribute("role"));
        var title = root.Element(S + "title")!;
        var desc = root.Element(S + "desc")!;
        Assert.Contains("Nginx outage", title.Value);
        Assert.Contains("2 h 30 min", desc.Value);
        Assert.Contains("14:00", desc.Value);
        Assert.Equal($"{title.Attribute("id")!.Value} {desc.Attribute("id")!.Value}", (string?)root.Attribute("aria-labelledby"));
    }

    [Fact]
    public void Event_labels_are_real_text_and_the_axis_names_the_timezone()
    {
        var svg = Draw(Samples.Incident(TimeSpan.FromMinutes(150), 5, tz: "PST", offset: TimeSpan.FromHours(-8)));
        var texts = svg.Descendants(S + "text").Select(t => t.Value).ToList();
        Assert.Contains(texts, t => t.EndsWith(" PST", StringComparison.Ordinal));
        Assert.Equal(5, svg.Descendants(S + "g").Count(g => ((string?)g.Attribute("class") ?? "").StartsWith("tl-event", StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.StartsWith("14:00 Step 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Draws_impact_detection_mitigation_and_recovery_bands()
    {
        var p = (Samples.Incident(TimeSpan.FromHours(2), 0) with
        {
            Timeline =
            [
                Samples.Entry(new DateTimeOffset(2024, 6, 20, 14, 20, 0, TimeSpan.Zero), TimelineEntryKind.Detection, "Alert fired"),
                Samples.Entry(new DateTimeOffset(2024, 6, 20, 15, 0, 0, TimeSpan.Zero), TimelineEntryKind.Mitigation, "Rolled back"),
                Samples.Entry(new DateTimeOffset(2024, 6, 20, 16, 0, 0, TimeSpan.Zero), TimelineEntryKind.Resolution, "Recovered"),
            ],
        }).Placed();
        var chips = Draw(p).Descendants(S + "text").Where(t => (string?)t.Attribute("class") == "tl-chip").Select(t => t.Value).ToList();
        Assert.Equal(["Impact 2 h", "Detection delay 20 min", "Mitigation 40 min", "Recovery 1 h"], chips);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    [InlineData(40)]
    public void Labels_never_overlap(int events)
    {
        var svg = Draw(Samples.Incident(TimeSpan.FromMinutes(45), events));
        var labels = svg.Descendants(S + "text").Where(t => (string?)t.Attribute("class") == "tl-label")
            .Select(t => (X: double.Parse((string)t.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture),
                          Y: double.Parse((string)t.Attribute("y")!, System.Globalization.CultureInfo.InvariantCulture),
                          Width: t.Value.Length * 7.1))
            .ToList();
        Assert.Equal(events, labels.Count);
        for (var i = 0; i < labels.Count; i++)
            for (var j = i + 1; j < labels.Count; j++)
            {
                var (a, b) = (labels[i], labels[j]);
                var overlap = Math.Abs(a.Y - b.Y) < 12 && a.X < b.X + b.Width && b.X < a.X + a.Width;
                Assert.False(overlap, $"label {i} and {j} overlap");
            }
        var viewBox = ((string)svg.Root!.Attribute("viewBox")!).Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.All(labels, l => Assert.True(l.X >= 0 && l.X + l.Width <= viewBox[2] + 1 && l.Y <= viewBox[3], "label outside the picture"));
    }

    [Theory]
    [InlineData(5, "1 min", "5 min")]
    [InlineData(150, "15 min", "1 h")]
    [InlineData(3 * 24 * 60, "6 h", "1 d")]
    public void Tick_steps_suit_the_length_of_the_incident(int minutes, string minStep, string maxStep)
    {
        var axis = TimeAxis.Cover(new DateTime(2024, 6, 20, 14, 0, 0), new DateTime(2024, 6, 20, 14, 0, 0).AddMinutes(minutes));
        Assert.InRange(axis.Ticks.Count, 3, 9);
        Assert.InRange(axis.Step, Parse(minStep), Parse(maxStep));
        Assert.All(axis.Ticks, t => Assert.Equal(0, t.Ticks % axis.Step.Ticks));

        static TimeSpan Parse(string s) => s.EndsWith(" d", StringComparison.Ordinal) ? TimeSpan.FromDays(int.Parse(s[..^2]))
            : s.EndsWith(" h", StringComparison.Ordinal) ? TimeSpan.FromHours(int.Parse(s[..^2])) : TimeSpan.FromMinutes(int.Parse(s[..^4]));
    }

    [Fact]
    public void A_multi_day_incident_shows_dates_under_the_ticks()
    {
        var svg = Draw(Samples.Incident(TimeSpan.FromDays(3), 8));
        var dates = svg.Descendants(S + "text").Where(t => (string?)t.Attribute("class") == "tl-tickdate").Select(t => t.Value).ToList();
        Assert.Contains("Fri 21 Jun", dates);
        Assert.Contains("Sat 22 Jun", dates);
    }

    [Fact]
    public void A_document_without_times_gets_an_explanatory_picture()
    {
        var p = new Postmortem { Source = "# Outage\n", Title = "Outage" };
        var svg = Draw(p);
        Assert.Contains("No start, end or timeline times", svg.Root!.Value);
    }

    [Fact]
    public void Hostile_text_is_escaped()
    {
        var p = Samples.Incident(TimeSpan.FromMinutes(30), 2, title: "<script>alert(1)</script>");
        var raw = TimelineDiagram.Render(p);
        Assert.DoesNotContain("<script>", raw);
        Assert.Contains("&lt;script&gt;", raw);
    }
}
