// Draws the incident as an SVG picture: phase bands (impact, detection delay, mitigation, recovery) over a time axis, typed event markers with labels.
using System.Text;
using Debrief.Model;

namespace Debrief.Rendering;

/// <summary>The timeline diagram: one accessible, self-contained SVG (title, description, real text, light and dark styles).</summary>
public static class TimelineDiagram
{
    private const double Width = 960;
    private const double Left = 28;
    private const double Right = Width - 28;
    private const double CharWidth = 7.1;     // average advance of a 12 px sans-serif glyph (DejaVu Sans is the widest common one)
    private const double LaneHeight = 20;
    private const int MaxLanes = 6;           // beyond this, labels move to a numbered list

    private static double NumberWidth(int index) => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length * 7 + 6;

    /// <summary>The kinds in legend order, with their legend names.</summary>
    internal static readonly (TimelineEntryKind Kind, string Name)[] KindNames =
    [
        (TimelineEntryKind.Trigger, "trigger"), (TimelineEntryKind.Detection, "detection"), (TimelineEntryKind.Action, "action"),
        (TimelineEntryKind.MisleadingPath, "misleading path"), (TimelineEntryKind.Escalation, "escalation"),
        (TimelineEntryKind.Mitigation, "mitigation"), (TimelineEntryKind.Resolution, "resolution"), (TimelineEntryKind.Other, "other"),
    ];

    /// <summary>The diagram for a postmortem.</summary>
    public static string Render(Postmortem postmortem, string idPrefix = "tl") => Render(IncidentFacts.From(postmortem), idPrefix);

    /// <summary>The diagram for derived facts. <paramref name="idPrefix"/> keeps element ids unique when several SVGs share a page.</summary>
    public static string Render(IncidentFacts facts, string idPrefix = "tl")
    {
        ArgumentNullException.ThrowIfNull(facts);
        var times = new List<DateTime>();
        if (facts.Start is { } s) times.Add(s);
        if (facts.End is { } e) times.Add(e);
        if (facts.Detected is { } d) times.Add(d);
        times.AddRange(facts.Events.Select(ev => ev.Time));
        if (times.Count == 0)
            return Empty(facts, idPrefix);

        var axis = TimeAxis.Cover(times.Min(), times.Max());
        double X(DateTime t) => Left + axis.Fraction(t) * (Right - Left);

        var tz = facts.TimezoneLabel ?? "timezone not stated";
        var bands = Bands(facts);

        // Labels: "14:05 Rolled back the deploy", placed in lanes below the axis. When that would need more than
        // MaxLanes lanes (a dense timeline), markers get numbers and the labels become a list in columns instead.
        var labels = facts.Events.Select(ev => (Anchor: X(ev.Time) - 4, Width: (FormatText.Clock(ev.Time).Length + 1 + ev.Label.Length) * CharWidth + 4)).ToList();
        var placements = LabelLanes.Place(labels, Left - 4, Right + 4);
        var numbered = placements.Count > 0 && placements.Max(p => p.Lane) + 1 > MaxLanes;
        if (numbered)
            placements = LabelLanes.Place(facts.Events.Select((ev, i) => (Anchor: X(ev.Time) - NumberWidth(i) / 2, Width: NumberWidth(i))).ToList(), Left - 8, Right + 8, gap: 3, maxShift: 14);
        var lanes = placements.Count == 0 ? 0 : placements.Max(p => p.Lane) + 1;

        const double titleY = 22, subtitleY = 42, chipsY = 64, impactY = 78, phaseY = 104, axisY = 144;
        var tickLabelY = axisY + 20;
        var firstLaneY = axisY + (axis.CrossesDays ? 56 : 44);
        var listY = firstLaneY + Math.Max(lanes, 1) * LaneHeight + 10;
        var columns = facts.Events.Count <= 20 ? 2 : 3;
        var listRows = numbered ? (facts.Events.Count + columns - 1) / columns : 0;
        var legendY = listY + listRows * LaneHeight + (numbered ? 8 : -6);
        var height = legendY + 16;

        var sb = new StringBuilder(8192);
        var titleId = idPrefix + "-title";
        var descId = idPrefix + "-desc";
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl-root\" viewBox=\"0 0 {Svg.N(Width)} {Svg.N(height)}\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(height)}\" role=\"img\" aria-labelledby=\"{titleId} {descId}\">\n");
        sb.Append($"<title id=\"{titleId}\">{Svg.Escape("Timeline of the incident: " + facts.Title)}</title>\n");
        sb.Append($"<desc id=\"{descId}\">{Svg.Escape(Describe(facts))}</desc>\n");
        sb.Append(Style);
        sb.Append($"<rect class=\"tl-bg\" x=\"0\" y=\"0\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(height)}\" rx=\"10\"/>\n");

        // Heading: what, how long, when.
        sb.Append($"<text class=\"tl-title\" x=\"{Svg.N(Left)}\" y=\"{titleY}\">Incident timeline{(facts.Duration is { } dur ? " — " + FormatText.Duration(dur) : "")}</text>\n");
        var window = FormatText.Window(facts);
        var sub = window.Length > 0 ? window : "start and end not stated";
        if (facts.WindowInferred) sub += " (window taken from the timeline)";
        sb.Append($"<text class=\"tl-sub\" x=\"{Svg.N(Left)}\" y=\"{subtitleY}\">{Svg.Escape(sub)}</text>\n");

        // Phase chips (always legible) and bands (to scale).
        var chipX = Left;
        foreach (var band in bands)
        {
            var text = $"{band.Name} {FormatText.Duration(band.To - band.From)}";
            sb.Append($"<rect class=\"tl-band-{band.Css}\" x=\"{Svg.N(chipX)}\" y=\"{chipsY - 10}\" width=\"12\" height=\"12\" rx=\"2\"/>");
            sb.Append($"<text class=\"tl-chip\" x=\"{Svg.N(chipX + 17)}\" y=\"{chipsY}\">{Svg.Escape(text)}</text>\n");
            chipX += 17 + text.Length * CharWidth + 22;
        }
        foreach (var band in bands)
        {
            var y = band.Css == "impact" ? impactY : phaseY;
            var h = band.Css == "impact" ? 22 : 18;
            var x0 = X(band.From);
            var w = Math.Max(2, X(band.To) - x0);
            var text = $"{band.Name} {FormatText.Duration(band.To - band.From)}";
            sb.Append($"<g class=\"tl-band\"><title>{Svg.Escape($"{band.Name}: {FormatText.Clock(band.From)} – {FormatText.Clock(band.To)} ({FormatText.Duration(band.To - band.From)})")}</title>");
            sb.Append($"<rect class=\"tl-band-{band.Css}\" x=\"{Svg.N(x0)}\" y=\"{y}\" width=\"{Svg.N(w)}\" height=\"{h}\" rx=\"4\"/>");
            if (text.Length * CharWidth + 12 <= w)
                sb.Append($"<text class=\"tl-band-label tl-band-label-{band.Css}\" x=\"{Svg.N(x0 + 6)}\" y=\"{y + h / 2 + 4}\">{Svg.Escape(text)}</text>");
            else if (band.Name.Length * CharWidth + 12 <= w)
                sb.Append($"<text class=\"tl-band-label tl-band-label-{band.Css}\" x=\"{Svg.N(x0 + 6)}\" y=\"{y + h / 2 + 4}\">{Svg.Escape(band.Name)}</text>");
            sb.Append("</g>\n");
        }
        // Start and end guides down to the axis.
        foreach (var (t, name) in new[] { (facts.Start, "start"), (facts.End, "end") })
            if (t is { } time)
                sb.Append($"<line class=\"tl-guide\" x1=\"{Svg.N(X(time))}\" y1=\"{impactY}\" x2=\"{Svg.N(X(time))}\" y2=\"{axisY}\"><title>{name} {FormatText.Clock(time)}</title></line>\n");

        // Stems first, so ticks, markers and labels are drawn over them.
        for (var i = 0; i < facts.Events.Count; i++)
        {
            var mx = X(facts.Events[i].Time);
            var p = placements[i];
            var laneY = firstLaneY + p.Lane * LaneHeight;
            var endX = numbered ? p.X + NumberWidth(i) / 2 : p.X + 4;
            sb.Append($"<polyline class=\"tl-stem\" points=\"{Svg.N(mx)},{axisY + 7} {Svg.N(mx)},{Svg.N(laneY - 14)} {Svg.N(endX)},{Svg.N(laneY - 11)}\"/>\n");
        }

        // Axis with ticks; the first tick label carries the timezone.
        sb.Append($"<line class=\"tl-axis\" x1=\"{Svg.N(Left)}\" y1=\"{axisY}\" x2=\"{Svg.N(Right)}\" y2=\"{axisY}\"/>\n");
        DateTime? lastDate = null;
        for (var t = 0; t < axis.Ticks.Count; t++)
        {
            var tick = axis.Ticks[t];
            var x = X(tick);
            var label = FormatText.Clock(tick) + (t == 0 ? " " + tz : "");
            sb.Append($"<line class=\"tl-tick\" x1=\"{Svg.N(x)}\" y1=\"{axisY}\" x2=\"{Svg.N(x)}\" y2=\"{axisY + 5}\"/>");
            sb.Append($"<text class=\"tl-ticklabel\" x=\"{Svg.N(t == 0 ? Math.Max(x - 15, 2) : x)}\" y=\"{tickLabelY}\" text-anchor=\"{(t == 0 ? "start" : "middle")}\">{Svg.Escape(label)}</text>");
            if (axis.CrossesDays && tick.Date != lastDate)
            {
                sb.Append($"<text class=\"tl-tickdate\" x=\"{Svg.N(t == 0 ? Math.Max(x - 15, 2) : x)}\" y=\"{tickLabelY + 13}\" text-anchor=\"{(t == 0 ? "start" : "middle")}\">{Svg.Escape(FormatText.TickDay(tick, facts.Dates, facts.Origin))}</text>");
                lastDate = tick.Date;
            }
            sb.Append('\n');
        }

        // Events: marker on the axis, label (or number) in its lane, and in dense mode a numbered list.
        for (var i = 0; i < facts.Events.Count; i++)
        {
            var ev = facts.Events[i];
            var p = placements[i];
            var mx = X(ev.Time);
            var laneY = firstLaneY + p.Lane * LaneHeight;
            var css = KindCss(ev.Kind);
            sb.Append($"<g class=\"tl-event tl-k-{css}\"><title>{Svg.Escape($"{FormatText.Clock(ev.Time)} ({KindName(ev.Kind)}) {ev.Text}")}</title>");
            sb.Append(Marker(ev.Kind, mx, axisY));
            if (numbered)
            {
                sb.Append($"<text class=\"tl-number\" x=\"{Svg.N(p.X + NumberWidth(i) / 2)}\" y=\"{Svg.N(laneY)}\" text-anchor=\"middle\">{i + 1}</text>");
                var column = i / listRows;
                var row = i % listRows;
                var lx = Left + column * (Right - Left) / columns;
                var ly = listY + row * LaneHeight;
                // The list has room for a longer label than the lanes do.
                var room = (int)((Right - Left) / columns / CharWidth) - 11;
                var label = PlainText.ShortLabel(ev.Text, Math.Max(PlainText.MaxLabelLength, room));
                sb.Append($"<text class=\"tl-label\" x=\"{Svg.N(lx)}\" y=\"{Svg.N(ly)}\"><tspan class=\"tl-number\">{i + 1}</tspan> <tspan class=\"tl-label-time\">{FormatText.Clock(ev.Time)}</tspan> {Svg.Escape(label)}</text>");
            }
            else
                sb.Append($"<text class=\"tl-label\" x=\"{Svg.N(p.X + 4)}\" y=\"{Svg.N(laneY)}\"><tspan class=\"tl-label-time\">{FormatText.Clock(ev.Time)}</tspan> {Svg.Escape(ev.Label)}</text>");
            sb.Append("</g>\n");
        }
        if (facts.Events.Count == 0)
            sb.Append($"<text class=\"tl-note\" x=\"{Svg.N(Left)}\" y=\"{firstLaneY}\">No timeline entries with times were found.</text>\n");

        // Legend of the event kinds present.
        var legendX = Left;
        foreach (var (kind, name) in KindNames.Where(k => facts.Events.Any(ev => ev.Kind == k.Kind)))
        {
            sb.Append($"<g class=\"tl-k-{KindCss(kind)}\">{Marker(kind, legendX + 5, legendY - 4)}</g>");
            sb.Append($"<text class=\"tl-legend\" x=\"{Svg.N(legendX + 14)}\" y=\"{Svg.N(legendY)}\">{Svg.Escape(name)}</text>");
            legendX += 14 + name.Length * CharWidth + 18;
        }
        if (facts.EventsNotPlaced > 0)
            sb.Append($"<text class=\"tl-legend\" x=\"{Svg.N(Right)}\" y=\"{Svg.N(legendY)}\" text-anchor=\"end\">{facts.EventsNotPlaced} {(facts.EventsNotPlaced == 1 ? "entry" : "entries")} without a usable time not shown</text>");
        sb.Append("\n</svg>\n");
        return sb.ToString();
    }

    /// <summary>A phase band of the incident.</summary>
    internal sealed record Band(string Name, string Css, DateTime From, DateTime To);

    internal static List<Band> Bands(IncidentFacts f)
    {
        var bands = new List<Band>();
        if (f.Start is not { } start || f.End is not { } end || end <= start)
            return bands;
        bands.Add(new Band("Impact", "impact", start, end));
        var responseFrom = start;
        if (f.Detected is { } detected && detected > start && detected <= end)
        {
            bands.Add(new Band("Detection delay", "detect", start, detected));
            responseFrom = detected;
        }
        if (f.Mitigated is { } mitigated && mitigated > responseFrom && mitigated < end)
        {
            bands.Add(new Band("Mitigation", "mitigate", responseFrom, mitigated));
            bands.Add(new Band("Recovery", "recover", mitigated, end));
        }
        else if (responseFrom < end)
            bands.Add(new Band("Mitigation", "mitigate", responseFrom, end));
        return bands;
    }

    /// <summary>A prose description for screen readers and search.</summary>
    public static string Describe(IncidentFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var sb = new StringBuilder();
        var window = FormatText.Window(f);
        sb.Append(window.Length > 0 ? $"Incident {window}" : "Incident with no stated start or end");
        if (f.Duration is { } d) sb.Append($", lasting {FormatText.Duration(d)}");
        sb.Append('.');
        if (f.Detected is { } det)
            sb.Append($" Detected at {FormatText.Clock(det)}{(f.TimeToDetect is { } ttd ? $", {FormatText.Duration(ttd)} after it began" : "")}.");
        if (f.Mitigated is { } mit) sb.Append($" Mitigated at {FormatText.Clock(mit)}.");
        if (f.Events.Count > 0)
        {
            sb.Append($" {f.Events.Count} timeline {(f.Events.Count == 1 ? "event" : "events")}: ");
            sb.Append(string.Join("; ", f.Events.Select(e => $"{FormatText.Clock(e.Time)} {KindName(e.Kind)}: {e.Label}")));
            sb.Append('.');
        }
        return sb.ToString();
    }

    private static string Empty(IncidentFacts facts, string idPrefix) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl-root\" viewBox=\"0 0 {Svg.N(Width)} 70\" width=\"{Svg.N(Width)}\" height=\"70\" role=\"img\" aria-labelledby=\"{idPrefix}-title {idPrefix}-desc\">\n" +
        $"<title id=\"{idPrefix}-title\">{Svg.Escape("Timeline of the incident: " + facts.Title)}</title>\n" +
        $"<desc id=\"{idPrefix}-desc\">The document states no start, end or timeline times, so there is nothing to draw.</desc>\n" +
        Style +
        $"<rect class=\"tl-bg\" x=\"0\" y=\"0\" width=\"{Svg.N(Width)}\" height=\"70\" rx=\"10\"/>\n" +
        $"<text class=\"tl-title\" x=\"{Svg.N(Left)}\" y=\"28\">Incident timeline</text>\n" +
        $"<text class=\"tl-note\" x=\"{Svg.N(Left)}\" y=\"52\">No start, end or timeline times were found in the document.</text>\n</svg>\n";

    internal static string Marker(TimelineEntryKind kind, double x, double y)
    {
        string X(double v) => Svg.N(x + v);
        string Y(double v) => Svg.N(y + v);
        return kind switch
        {
            TimelineEntryKind.Trigger => $"<polygon class=\"tl-marker\" points=\"{X(0)},{Y(-7)} {X(7)},{Y(0)} {X(0)},{Y(7)} {X(-7)},{Y(0)}\"/>",
            TimelineEntryKind.Detection => $"<polygon class=\"tl-marker\" points=\"{X(0)},{Y(-7)} {X(7)},{Y(6)} {X(-7)},{Y(6)}\"/>",
            TimelineEntryKind.Escalation => $"<rect class=\"tl-marker\" x=\"{X(-5.5)}\" y=\"{Y(-5.5)}\" width=\"11\" height=\"11\" rx=\"1\"/>",
            TimelineEntryKind.Mitigation => $"<polygon class=\"tl-marker\" points=\"{X(-7)},{Y(-6)} {X(7)},{Y(-6)} {X(0)},{Y(7)}\"/>",
            TimelineEntryKind.Resolution => $"<circle class=\"tl-marker\" cx=\"{X(0)}\" cy=\"{Y(0)}\" r=\"7\"/><polyline class=\"tl-check\" points=\"{X(-3.5)},{Y(0)} {X(-1)},{Y(3)} {X(4)},{Y(-3)}\"/>",
            TimelineEntryKind.MisleadingPath => $"<circle class=\"tl-marker tl-hollow\" cx=\"{X(0)}\" cy=\"{Y(0)}\" r=\"5.5\"/>",
            _ => $"<circle class=\"tl-marker\" cx=\"{X(0)}\" cy=\"{Y(0)}\" r=\"5.5\"/>",
        };
    }

    internal static string KindCss(TimelineEntryKind kind) => kind switch
    {
        TimelineEntryKind.Trigger => "trigger",
        TimelineEntryKind.Detection => "detection",
        TimelineEntryKind.Action => "action",
        TimelineEntryKind.MisleadingPath => "misleading",
        TimelineEntryKind.Escalation => "escalation",
        TimelineEntryKind.Mitigation => "mitigation",
        TimelineEntryKind.Resolution => "resolution",
        _ => "other",
    };

    internal static string KindName(TimelineEntryKind kind) => KindNames.First(k => k.Kind == kind).Name;

    // Colours pass WCAG AA for text on their background in both themes; the dark block follows the reader's setting.
    internal const string Style = """
<style>
.tl-root{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;font-size:12px}
.tl-bg{fill:#ffffff}
.tl-title{font-size:16px;font-weight:700;fill:#111827}
.tl-sub{font-size:13px;fill:#374151}
.tl-chip,.tl-legend,.tl-ticklabel,.tl-tickdate,.tl-axis-caption,.tl-note{fill:#374151}
.tl-chip{font-size:12px}
.tl-tickdate{font-weight:600}
.tl-axis{stroke:#4b5563;stroke-width:1.5}
.tl-tick{stroke:#4b5563}
.tl-guide{stroke:#9ca3af;stroke-dasharray:3 3}
.tl-band-impact{fill:#fecaca}.tl-band-detect{fill:#fde68a}.tl-band-mitigate{fill:#bfdbfe}.tl-band-recover{fill:#bbf7d0}
.tl-band-label{font-weight:600;font-size:12px}
.tl-band-label-impact{fill:#7f1d1d}.tl-band-label-detect{fill:#78350f}.tl-band-label-mitigate{fill:#1e3a8a}.tl-band-label-recover{fill:#14532d}
.tl-stem{fill:none;stroke:#9ca3af;stroke-width:0.8}
.tl-label{fill:#1f2937;paint-order:stroke;stroke:#ffffff;stroke-width:3px;stroke-linejoin:round}
.tl-label-time{font-weight:700}
.tl-number{font-weight:700;fill:#4b5563}
.tl-marker{stroke:#ffffff;stroke-width:1.2}
.tl-hollow{fill:#ffffff !important;stroke:#6b7280;stroke-width:2;stroke-dasharray:2 1.5}
.tl-check{fill:none;stroke:#ffffff;stroke-width:1.8}
.tl-k-trigger .tl-marker{fill:#7c3aed}.tl-k-detection .tl-marker{fill:#d97706}.tl-k-action .tl-marker{fill:#2563eb}
.tl-k-misleading .tl-marker{fill:#6b7280}.tl-k-escalation .tl-marker{fill:#db2777}.tl-k-mitigation .tl-marker{fill:#0d9488}
.tl-k-resolution .tl-marker{fill:#16a34a}.tl-k-other .tl-marker{fill:#64748b}
@media (prefers-color-scheme: dark){
.tl-bg{fill:#111827}
.tl-title{fill:#f9fafb}
.tl-sub,.tl-chip,.tl-legend,.tl-ticklabel,.tl-tickdate,.tl-axis-caption,.tl-note{fill:#d1d5db}
.tl-axis,.tl-tick{stroke:#9ca3af}
.tl-guide{stroke:#6b7280}
.tl-band-impact{fill:#7f1d1d}.tl-band-detect{fill:#78350f}.tl-band-mitigate{fill:#1e3a8a}.tl-band-recover{fill:#14532d}
.tl-band-label-impact{fill:#fee2e2}.tl-band-label-detect{fill:#fef3c7}.tl-band-label-mitigate{fill:#dbeafe}.tl-band-label-recover{fill:#dcfce7}
.tl-stem{stroke:#6b7280}
.tl-label{fill:#e5e7eb;stroke:#111827}
.tl-number{fill:#d1d5db}
.tl-marker{stroke:#111827}
.tl-hollow{fill:#111827 !important;stroke:#9ca3af}
}
@media print{
.tl-bg{fill:#ffffff}.tl-title{fill:#111827}.tl-label{fill:#1f2937;stroke:#ffffff}
.tl-sub,.tl-chip,.tl-legend,.tl-ticklabel,.tl-tickdate,.tl-axis-caption,.tl-note{fill:#374151}
.tl-band-impact{fill:#fecaca}.tl-band-detect{fill:#fde68a}.tl-band-mitigate{fill:#bfdbfe}.tl-band-recover{fill:#bbf7d0}
.tl-band-label-impact{fill:#7f1d1d}.tl-band-label-detect{fill:#78350f}.tl-band-label-mitigate{fill:#1e3a8a}.tl-band-label-recover{fill:#14532d}
}
</style>

""";
}
