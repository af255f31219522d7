// The timeline diagram for narrow screens: time runs down a vertical axis, phases as bars beside it, one label row per event.
using System.Text;
using Debrief.Model;

namespace Debrief.Rendering;

/// <summary>A 360-unit-wide, vertical variant of <see cref="TimelineDiagram"/> that stays legible on phones.</summary>
public static class CompactTimelineDiagram
{
    private const double Width = 360;
    private const double AxisX = 66;
    private const double LabelX = 112;
    private const double Row = 19;
    private const double CharWidth = 7.1;

    /// <summary>The vertical diagram. <paramref name="idPrefix"/> keeps ids unique on a page.</summary>
    public static string Render(IncidentFacts facts, string idPrefix = "tlc")
    {
        ArgumentNullException.ThrowIfNull(facts);
        var times = new List<DateTime>();
        if (facts.Start is { } s) times.Add(s);
        if (facts.End is { } e) times.Add(e);
        if (facts.Detected is { } d) times.Add(d);
        times.AddRange(facts.Events.Select(ev => ev.Time));
        if (times.Count == 0) return "";

        var axis = TimeAxis.Cover(times.Min(), times.Max(), maxTicks: 8);
        var bands = TimelineDiagram.Bands(facts);
        var tz = facts.TimezoneLabel ?? "timezone not stated";

        var sb = new StringBuilder(6000);
        var y = 24.0;
        var head = new StringBuilder();
        head.Append($"<text class=\"tl-title\" x=\"12\" y=\"{Svg.N(y)}\">Incident timeline{(facts.Duration is { } dur ? " — " + FormatText.Duration(dur) : "")}</text>\n");
        y += 20;
        foreach (var line in WindowLines(facts, tz))
        {
            head.Append($"<text class=\"tl-sub\" x=\"12\" y=\"{Svg.N(y)}\">{Svg.Escape(line)}</text>\n");
            y += 17;
        }
        y += 4;
        foreach (var band in bands)
        {
            head.Append($"<rect class=\"tl-band-{band.Css}\" x=\"12\" y=\"{Svg.N(y - 10)}\" width=\"12\" height=\"12\" rx=\"2\"/>");
            head.Append($"<text class=\"tl-chip\" x=\"30\" y=\"{Svg.N(y)}\">{Svg.Escape($"{band.Name} {FormatText.Duration(band.To - band.From)}")}</text>\n");
            y += 18;
        }
        var top = y + 22;
        // Enough height for one label row per event, and at least 280 units of time axis.
        var length = Math.Max(280, facts.Events.Count * Row * 1.15);
        double Y(DateTime t) => top + axis.Fraction(t) * length;

        // Labels: one row each, pushed down when the previous one is too close.
        var labelYs = new List<double>();
        var last = double.NegativeInfinity;
        foreach (var ev in facts.Events)
        {
            var ly = Math.Max(Y(ev.Time) + 4, last + Row);
            labelYs.Add(ly);
            last = ly;
        }
        var bottom = Math.Max(top + length, labelYs.Count > 0 ? labelYs[^1] : 0) + 16;
        var height = bottom + 26;

        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tl-root\" viewBox=\"0 0 {Svg.N(Width)} {Svg.N(height)}\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(height)}\" role=\"img\" aria-labelledby=\"{idPrefix}-title {idPrefix}-desc\">\n");
        sb.Append($"<title id=\"{idPrefix}-title\">{Svg.Escape("Timeline of the incident: " + facts.Title)}</title>\n");
        sb.Append($"<desc id=\"{idPrefix}-desc\">{Svg.Escape(TimelineDiagram.Describe(facts))}</desc>\n");
        sb.Append(TimelineDiagram.Style);
        sb.Append($"<rect class=\"tl-bg\" x=\"0\" y=\"0\" width=\"{Svg.N(Width)}\" height=\"{Svg.N(height)}\" rx=\"10\"/>\n");
        sb.Append(head);

        foreach (var band in bands)
        {
            var x = band.Css == "impact" ? AxisX + 10 : AxisX + 22;
            sb.Append($"<rect class=\"tl-band-{band.Css}\" x=\"{Svg.N(x)}\" y=\"{Svg.N(Y(band.From))}\" width=\"10\" height=\"{Svg.N(Math.Max(2, Y(band.To) - Y(band.From)))}\" rx=\"3\"><title>{Svg.Escape($"{band.Name}: {FormatText.Clock(band.From)} – {FormatText.Clock(band.To)}")}</title></rect>\n");
        }
        for (var i = 0; i < facts.Events.Count; i++)
        {
            var my = Y(facts.Events[i].Time);
            sb.Append($"<polyline class=\"tl-stem\" points=\"{Svg.N(AxisX + 7)},{Svg.N(my)} {Svg.N(LabelX - 12)},{Svg.N(my)} {Svg.N(LabelX - 4)},{Svg.N(labelYs[i] - 4)}\"/>\n");
        }
        sb.Append($"<line class=\"tl-axis\" x1=\"{Svg.N(AxisX)}\" y1=\"{Svg.N(top - 6)}\" x2=\"{Svg.N(AxisX)}\" y2=\"{Svg.N(top + length + 6)}\"/>\n");
        sb.Append($"<text class=\"tl-ticklabel\" x=\"{Svg.N(AxisX - 8)}\" y=\"{Svg.N(top - 12)}\" text-anchor=\"end\">{Svg.Escape(tz)}</text>\n");
        DateTime? lastDate = null;
        foreach (var tick in axis.Ticks)
        {
            var ty = Y(tick);
            sb.Append($"<line class=\"tl-tick\" x1=\"{Svg.N(AxisX - 5)}\" y1=\"{Svg.N(ty)}\" x2=\"{Svg.N(AxisX)}\" y2=\"{Svg.N(ty)}\"/>");
            sb.Append($"<text class=\"tl-ticklabel\" x=\"{Svg.N(AxisX - 8)}\" y=\"{Svg.N(ty + 4)}\" text-anchor=\"end\">{FormatText.Clock(tick)}</text>");
            if (axis.CrossesDays && tick.Date != lastDate)
            {
                sb.Append($"<text class=\"tl-tickdate\" x=\"{Svg.N(AxisX - 8)}\" y=\"{Svg.N(ty + 17)}\" text-anchor=\"end\">{Svg.Escape(FormatText.TickDay(tick, facts.Dates, facts.Origin, weekday: false))}</text>");
                lastDate = tick.Date;
            }
            sb.Append('\n');
        }
        var maxChars = (int)((Width - LabelX - 8) / CharWidth) - 6;
        for (var i = 0; i < facts.Events.Count; i++)
        {
            var ev = facts.Events[i];
            sb.Append($"<g class=\"tl-event tl-k-{TimelineDiagram.KindCss(ev.Kind)}\"><title>{Svg.Escape($"{FormatText.Clock(ev.Time)} ({TimelineDiagram.KindName(ev.Kind)}) {ev.Text}")}</title>");
            sb.Append(TimelineDiagram.Marker(ev.Kind, AxisX, Y(ev.Time)));
            var label = ev.Label.Length > maxChars ? PlainText.ShortLabel(ev.Label, maxChars) : ev.Label;
            sb.Append($"<text class=\"tl-label\" x=\"{Svg.N(LabelX)}\" y=\"{Svg.N(labelYs[i])}\"><tspan class=\"tl-label-time\">{FormatText.Clock(ev.Time)}</tspan> {Svg.Escape(label)}</text></g>\n");
        }
        if (facts.EventsNotPlaced > 0)
            sb.Append($"<text class=\"tl-legend\" x=\"12\" y=\"{Svg.N(height - 10)}\">{facts.EventsNotPlaced} {(facts.EventsNotPlaced == 1 ? "entry" : "entries")} without a usable time not shown</text>\n");
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    private static IEnumerable<string> WindowLines(IncidentFacts f, string tz)
    {
        if (f.Start is { } s && f.End is { } e && s.Date != e.Date && f.Dates != AxisDates.None)
        {
            yield return $"{FormatText.Day(s, f.Dates, f.Origin)}, {FormatText.Clock(s)} –";
            yield return $"{FormatText.Day(e, f.Dates, f.Origin)}, {FormatText.Clock(e)} {tz}";
            yield break;
        }
        var window = FormatText.Window(f);
        yield return window.Length > 0 ? window : "start and end not stated";
    }
}
