// The impact chart (SVG) from an evidence report: requests and server errors per interval, incidents shaded, events marked.
using System.Globalization;
using System.Text;
using Debrief.Evidence;

namespace Debrief.Rendering;

/// <summary>Options of the impact chart.</summary>
public sealed record ImpactChartOptions
{
    /// <summary>Width of the SVG in pixels (it scales with its container through the viewBox).</summary>
    public int Width { get; init; } = 860;
    /// <summary>Prefix of element ids, so several charts can share one HTML page.</summary>
    public string IdPrefix { get; init; } = "debrief-impact";
    /// <summary>Draw only the intervals around this incident (1-based id); null draws around all incidents.</summary>
    public int? Incident { get; init; }
    /// <summary>Most events numbered on the chart and listed in its legend.</summary>
    public int MaxEvents { get; init; } = 12;
}

/// <summary>Draws the impact chart: accessible SVG with a title, a description and real text elements.</summary>
public static class ImpactChart
{
    private const int Left = 64, Right = 24, Top = 52, PlotHeight = 220, AxisSpace = 44, LegendRow = 18;

    private static readonly EvidenceEventKind[] Marked =
    [
        EvidenceEventKind.SuspectedTrigger, EvidenceEventKind.Deploy, EvidenceEventKind.Alert, EvidenceEventKind.Peak,
        EvidenceEventKind.Mitigation, EvidenceEventKind.Recovery, EvidenceEventKind.ErrorBurst, EvidenceEventKind.System,
    ];

    /// <summary>Renders the chart as a standalone SVG document fragment (an &lt;svg&gt; element).</summary>
    public static string Render(EvidenceReport report, ImpactChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var o = options ?? new ImpactChartOptions();
        var id = o.IdPrefix;
        var zone = TimeText.ZoneLabel(report.Offset);
        var incidents = o.Incident is int n ? report.Incidents.Where(i => i.Id == n).ToList() : report.Incidents.ToList();
        var points = Window(report, incidents);
        var bucket = Math.Max(1, (int)Math.Ceiling(points.Count / 480.0));
        var series = Downsample(points, bucket);
        var seconds = report.IntervalSeconds * bucket;
        var unit = seconds % 60 == 0 ? $"{seconds / 60} min" : $"{seconds} s";
        var plotWidth = o.Width - Left - Right;

        var events = incidents.SelectMany(i => i.Events).Where(e => Marked.Contains(e.Kind))
            .GroupBy(e => (e.Time, e.Kind, e.Text)).Select(g => g.First())
            .OrderBy(e => e.Time).Take(o.MaxEvents).ToList();
        if (incidents.Count == 0)
            events = report.Events.Where(e => Marked.Contains(e.Kind)).OrderBy(e => e.Time).Take(o.MaxEvents).ToList();
        var height = Top + PlotHeight + AxisSpace + 24 + events.Count * LegendRow + 8;

        var from = series.Count > 0 ? series[0].Start : report.DataStart ?? DateTimeOffset.UnixEpoch;
        var to = series.Count > 0 ? series[^1].Start.AddSeconds(seconds) : report.DataEnd ?? from.AddMinutes(1);
        if (to <= from)
            to = from.AddSeconds(seconds);
        double X(DateTimeOffset t) => Left + plotWidth * Math.Clamp((t - from).TotalSeconds / (to - from).TotalSeconds, 0, 1);
        var max = Math.Max(1, series.Count == 0 ? 1 : series.Max(p => Math.Max(p.Requests, (long)Math.Ceiling(p.ExpectedRequests ?? 0))));
        var yMax = NiceCeiling(max);
        double Y(double v) => Top + PlotHeight - PlotHeight * v / yMax;

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {o.Width} {height}\" width=\"{o.Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\" font-size=\"12\">\n");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Svg.Escape(Title(report, incidents, unit))}</title>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Svg.Escape(Description(report, incidents, zone))}</desc>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{o.Width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"22\" font-size=\"15\" font-weight=\"600\" fill=\"#1f2328\">{Svg.Escape(Title(report, incidents, unit))}</text>\n");
        // legend of the series
        sb.Append(CultureInfo.InvariantCulture, $"<g font-size=\"12\" fill=\"#1f2328\"><rect x=\"{Left}\" y=\"32\" width=\"12\" height=\"10\" fill=\"#9ec5fe\"/><text x=\"{Left + 16}\" y=\"41\">requests</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left + 90}\" y=\"32\" width=\"12\" height=\"10\" fill=\"#d1242f\"/><text x=\"{Left + 106}\" y=\"41\">server errors (5xx)</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left + 232}\" y1=\"37\" x2=\"{Left + 252}\" y2=\"37\" stroke=\"#57606a\" stroke-dasharray=\"4 3\"/><text x=\"{Left + 256}\" y=\"41\">expected (baseline)</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left + 380}\" y=\"32\" width=\"12\" height=\"10\" fill=\"#fb8f44\" fill-opacity=\"0.25\" stroke=\"#bc4c00\" stroke-width=\"0.5\"/><text x=\"{Left + 396}\" y=\"41\">incident</text></g>\n");

        // incident bands
        foreach (var inc in incidents)
        {
            var x1 = X(inc.Start);
            var x2 = X(inc.End ?? to);
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Svg.N(x1)}\" y=\"{Top}\" width=\"{Svg.N(Math.Max(1.5, x2 - x1))}\" height=\"{PlotHeight}\" fill=\"#fb8f44\" fill-opacity=\"0.22\"><title>{Svg.Escape(IncidentLine(inc, zone))}</title></rect>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Svg.N(Math.Min(x1 + 3, Left + plotWidth - 60))}\" y=\"{Top + 13}\" font-size=\"11\" fill=\"#953800\">incident {inc.Id}{(inc.Ongoing ? " (ongoing)" : "")}</text>\n");
        }
        // grid and y axis
        for (var i = 0; i <= 4; i++)
        {
            var v = yMax * i / 4.0;
            var y = Y(v);
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Svg.N(y)}\" x2=\"{Left + plotWidth}\" y2=\"{Svg.N(y)}\" stroke=\"#d0d7de\" stroke-width=\"{(i == 0 ? 1 : 0.5)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Svg.N(y + 4)}\" text-anchor=\"end\" fill=\"#57606a\">{Svg.Escape(Count(v))}</text>\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{Top + PlotHeight / 2}\" transform=\"rotate(-90 14 {Top + PlotHeight / 2})\" text-anchor=\"middle\" fill=\"#57606a\">per {unit}</text>\n");
        if (series.Count > 0)
        {
            var step = plotWidth / (double)Math.Max(1, series.Count);
            sb.Append(Area(series, p => p.Requests, X, Y, seconds, "#9ec5fe", "#0969da"));
            sb.Append(Area(series, p => p.ServerErrors, X, Y, seconds, "#d1242f", "#a40e26"));
            var expected = series.Where(p => p.ExpectedRequests is not null).Select(p => $"{Svg.N(X(p.Start.AddSeconds(seconds / 2.0)))},{Svg.N(Y(p.ExpectedRequests!.Value))}").ToList();
            if (expected.Count > 1)
                sb.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', expected)}\" fill=\"none\" stroke=\"#57606a\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>\n");
        }
        // x axis
        var axis = TimeAxis.Cover(from.DateTime, to.DateTime, Math.Max(3, plotWidth / 90));
        foreach (var tick in axis.Ticks)
        {
            var x = Left + plotWidth * Math.Clamp((tick - from.DateTime).TotalSeconds / (to - from).TotalSeconds, 0, 1);
            if (tick < from.DateTime || tick > to.DateTime)
                continue;
            var label = axis.CrossesDays && (tick.TimeOfDay == TimeSpan.Zero || axis.Step >= TimeSpan.FromHours(6))
                ? tick.ToString("MM-dd HH:mm", CultureInfo.InvariantCulture) : tick.ToString("HH:mm", CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Svg.N(x)}\" y1=\"{Top + PlotHeight}\" x2=\"{Svg.N(x)}\" y2=\"{Top + PlotHeight + 5}\" stroke=\"#57606a\"/><text x=\"{Svg.N(x)}\" y=\"{Top + PlotHeight + 18}\" text-anchor=\"middle\" fill=\"#57606a\">{label}</text>\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + plotWidth}\" y=\"{Top + PlotHeight + 34}\" text-anchor=\"end\" fill=\"#57606a\">{Svg.Escape($"{from:yyyy-MM-dd}, times {zone}")}</text>\n");
        // events: numbered markers on the plot, listed below
        var legendTop = Top + PlotHeight + AxisSpace + 14;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var x = X(e.Time);
            var colour = e.Kind switch
            {
                EvidenceEventKind.SuspectedTrigger or EvidenceEventKind.Deploy => "#8250df",
                EvidenceEventKind.Alert => "#bf8700",
                EvidenceEventKind.Mitigation or EvidenceEventKind.Recovery => "#1a7f37",
                _ => "#57606a",
            };
            var label = (i + 1).ToString(CultureInfo.InvariantCulture);
            var text = $"{e.Time:HH:mm} {EventLabel(e)}";
            sb.Append(CultureInfo.InvariantCulture, $"<g><title>{Svg.Escape(text)}</title><line x1=\"{Svg.N(x)}\" y1=\"{Top + 24}\" x2=\"{Svg.N(x)}\" y2=\"{Top + PlotHeight}\" stroke=\"{colour}\" stroke-width=\"1\" stroke-dasharray=\"2 2\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Svg.N(x)}\" cy=\"{Top + 30 + (i % 3) * 16}\" r=\"7\" fill=\"{colour}\"/><text x=\"{Svg.N(x)}\" y=\"{Top + 34 + (i % 3) * 16}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#ffffff\">{label}</text></g>\n");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{legendTop + i * LegendRow}\" fill=\"#1f2328\"><tspan fill=\"{colour}\" font-weight=\"600\">{label}</tspan> {Svg.Escape(Shorten(text, 110))}</text>\n");
        }
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static string Area(IReadOnlyList<IntervalPoint> series, Func<IntervalPoint, long> value, Func<DateTimeOffset, double> x, Func<double, double> y, int seconds, string fill, string stroke)
    {
        var pts = new StringBuilder();
        var line = new StringBuilder();
        pts.Append(CultureInfo.InvariantCulture, $"{Svg.N(x(series[0].Start))},{Svg.N(y(0))} ");
        foreach (var p in series)
        {
            var x1 = x(p.Start);
            var x2 = x(p.Start.AddSeconds(seconds));
            var v = y(value(p));
            pts.Append(CultureInfo.InvariantCulture, $"{Svg.N(x1)},{Svg.N(v)} {Svg.N(x2)},{Svg.N(v)} ");
            line.Append(CultureInfo.InvariantCulture, $"{Svg.N(x1)},{Svg.N(v)} {Svg.N(x2)},{Svg.N(v)} ");
        }
        pts.Append(CultureInfo.InvariantCulture, $"{Svg.N(x(series[^1].Start.AddSeconds(seconds)))},{Svg.N(y(0))}");
        return $"<polygon points=\"{pts}\" fill=\"{fill}\" fill-opacity=\"0.85\" stroke=\"none\"/>\n<polyline points=\"{line.ToString().TrimEnd()}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"1\"/>\n";
    }

    /// <summary>The intervals to draw: around the incidents (with context either side), or everything.</summary>
    private static List<IntervalPoint> Window(EvidenceReport report, IReadOnlyList<Incident> incidents)
    {
        var points = report.Intervals;
        if (incidents.Count == 0 || points.Count == 0)
            return points.ToList();
        var start = incidents.Min(i => i.Start);
        var end = incidents.Max(i => i.End ?? points[^1].Start.AddSeconds(report.IntervalSeconds));
        var pad = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(30).Ticks, (end - start).Ticks / 2));
        return points.Where(p => p.Start >= start - pad && p.Start <= end + pad).ToList();
    }

    private static List<IntervalPoint> Downsample(List<IntervalPoint> points, int k)
    {
        if (k == 1)
            return points;
        var result = new List<IntervalPoint>();
        for (var i = 0; i < points.Count; i += k)
        {
            var chunk = points.Skip(i).Take(k).ToList();
            result.Add(new IntervalPoint(chunk[0].Start, chunk.Sum(p => p.Requests), chunk.Sum(p => p.ServerErrors), chunk.Max(p => p.Clients),
                chunk.Max(p => p.LatencyP95Seconds), chunk.Any(p => p.ExpectedRequests is not null) ? chunk.Sum(p => p.ExpectedRequests ?? 0) : null));
        }
        return result;
    }

    private static string Title(EvidenceReport report, IReadOnlyList<Incident> incidents, string unit) =>
        $"Requests and server errors per {unit}" + (incidents.Count == 0 ? ": no incident found" : incidents.Count == 1 ? ", incident shaded" : $", {incidents.Count} incidents shaded");

    private static string Description(EvidenceReport report, IReadOnlyList<Incident> incidents, string zone)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{report.Totals.Requests:N0} requests and {report.Totals.ServerErrors:N0} server errors");
        if (report.DataStart is { } s && report.DataEnd is { } e)
            sb.Append(CultureInfo.InvariantCulture, $" from {s:yyyy-MM-dd HH:mm} to {e:yyyy-MM-dd HH:mm} {zone}");
        sb.Append(". ");
        foreach (var inc in incidents)
            sb.Append(IncidentLine(inc, zone)).Append(". ");
        return sb.ToString().Trim();
    }

    private static string IncidentLine(Incident inc, string zone)
    {
        var window = inc.End is { } end ? $"from {inc.Start:HH:mm} to {end:HH:mm} {zone}" : $"from {inc.Start:HH:mm} {zone}, still ongoing at the end of the data";
        var impact = inc.Impact.RequestsFailedPct is { } f ? $"{ReportBuilder.Pct(f)} of requests failed" : "no requests arrived";
        if (inc.Impact.TrafficRatio is { } r && inc.Kinds.Contains("traffic_collapse"))
            impact += $", traffic at {ReportBuilder.Pct(100 * r)} of normal";
        return $"Incident {inc.Id} ({string.Join(", ", inc.Kinds).Replace('_', ' ')}) {window}: {impact}";
    }

    private static string EventLabel(EventRecord e) => e.Kind switch
    {
        EvidenceEventKind.SuspectedTrigger => "suspected trigger: " + e.Text,
        _ => e.Text,
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 3)] + "...";

    private static double NiceCeiling(double v)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(v)));
        foreach (var m in new[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 })
            if (m * magnitude >= v)
                return m * magnitude;
        return 10 * magnitude;
    }

    private static string Count(double v) =>
        v >= 1_000_000 ? (v / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M"
        : v >= 10_000 ? (v / 1000).ToString("0.#", CultureInfo.InvariantCulture) + "k"
        : v.ToString("0.#", CultureInfo.InvariantCulture);
}
