// The human summary of `debrief analyze`: inputs, a table of incidents, a small terminal chart and the main events.
using System.Globalization;
using System.Text;
using Debrief.Evidence;
using Debrief.Json;
using Spectre.Console;

namespace Debrief.Cli.Commands;

internal static class SummaryPrinter
{
    private const string Blocks = " ▁▂▃▄▅▆▇█";

    public static string Render(EvidenceReport report, bool colour)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 110;
        var zone = TimeText.ZoneLabel(report.Offset);
        foreach (var i in report.Inputs)
            console.MarkupLine($"[grey]input[/] {Markup.Escape(i.Path)} [grey]({Markup.Escape(i.Format)}, {i.LinesRead:N0} lines, {i.Malformed:N0} malformed)[/]");
        console.MarkupLine($"[grey]lines[/] {report.Lines.Read:N0} read, {report.Lines.Malformed:N0} malformed"
            + (report.Lines.MalformedReasons.Count == 0 ? "" : " (" + Markup.Escape(string.Join(", ", report.Lines.MalformedReasons.Select(r => $"{r.Reason}: {r.Count}"))) + ")"));
        if (report.DataStart is { } ds && report.DataEnd is { } de)
            console.MarkupLine($"[grey]data[/]  {Stamp(ds)} to {Stamp(de)} ({Markup.Escape(zone)}); {report.Totals.Requests:N0} requests, {report.Totals.ServerErrors:N0} server errors, {report.Totals.Clients:N0} clients");
        console.WriteLine();

        if (report.Incidents.Count == 0)
            console.MarkupLine("[green]No incident found.[/]");
        else
        {
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("#").AddColumn("start").AddColumn("end").AddColumn("duration").AddColumn("kind")
                .AddColumn(new TableColumn("requests failed").RightAligned()).AddColumn(new TableColumn("clients affected").RightAligned())
                .AddColumn(new TableColumn("peak error rate").RightAligned());
            foreach (var inc in report.Incidents)
            {
                table.AddRow(
                    inc.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(Stamp(inc.Start)),
                    inc.End is { } e ? Markup.Escape(Stamp(e)) : "[red]ongoing[/]",
                    Markup.Escape(Duration(inc.DurationMinutes) + (inc.Ongoing ? "+" : "")),
                    Markup.Escape(string.Join(", ", inc.Kinds)),
                    Markup.Escape(inc.Impact.RequestsFailedPct is { } f ? $"{ReportBuilder.Pct(f)} of {inc.Impact.Requests:N0}" : "no requests"),
                    Markup.Escape(inc.Impact.ClientsAffectedPct is { } c ? $"{ReportBuilder.Pct(c)} of {inc.Impact.ClientsActive:N0}" : "-"),
                    Markup.Escape(ReportBuilder.Pct(inc.Impact.PeakErrorRatePct)));
            }
            console.Write(table);
            console.MarkupLine($"[grey]times in {Markup.Escape(zone)}[/]");
        }
        if (report.Intervals.Count > 1)
        {
            console.WriteLine();
            foreach (var line in Chart(report, 80))
                console.WriteLine(line);
        }
        var events = report.Incidents.Count > 0 ? report.Incidents.SelectMany(i => i.Events).ToList() : report.Events.ToList();
        if (events.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Events[/]");
            foreach (var e in events.Take(25))
                console.MarkupLine($"  {Markup.Escape(Stamp(e.Time))}  [grey]{Markup.Escape(JsonNames.Of(e.Kind)),-17}[/] {Markup.Escape(ErrorBurstFinder.Shorten(e.Text, 110))}{(e.End is { } until ? Markup.Escape($" (until {Stamp(until)})") : "")}");
            if (events.Count > 25)
                console.MarkupLine($"  [grey]... {events.Count - 25} more in --format json[/]");
        }
        return writer.ToString();
    }

    /// <summary>Requests per interval as a block sparkline, server errors below, incidents marked with '^'.</summary>
    public static IEnumerable<string> Chart(EvidenceReport report, int width)
    {
        var points = report.Intervals;
        var per = Math.Max(1, (int)Math.Ceiling(points.Count / (double)width));
        var cols = (points.Count + per - 1) / per;
        var req = new long[cols];
        var err = new long[cols];
        var marked = new bool[cols];
        for (var i = 0; i < points.Count; i++)
        {
            req[i / per] += points[i].Requests;
            err[i / per] += points[i].ServerErrors;
            var t = points[i].Start;
            if (report.Incidents.Any(inc => t >= inc.Start && (inc.End is null || t < inc.End)))
                marked[i / per] = true;
        }
        var maxReq = Math.Max(1, req.Max());
        var maxErr = Math.Max(1, err.Max());
        string Spark(long[] values, long max) => new(values.Select(v => v == 0 ? ' ' : Blocks[Math.Max(1, (int)Math.Round(8.0 * v / max))]).ToArray());
        var minutes = report.IntervalSeconds * per / 60.0;
        yield return $"requests  {Spark(req, maxReq)}  max {maxReq:N0} per {minutes.ToString("0.#", CultureInfo.InvariantCulture)} min";
        yield return $"5xx       {Spark(err, maxErr)}  max {maxErr:N0}";
        yield return $"incident  {new string(marked.Select(m => m ? '^' : ' ').ToArray())}";
        var first = Stamp(points[0].Start);
        var last = Stamp(points[^1].Start);
        yield return $"          {first}{new string(' ', Math.Max(1, cols - first.Length - last.Length))}{last}";
    }

    private static string Stamp(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Duration(double minutes)
    {
        var total = (int)Math.Round(minutes);
        var sb = new StringBuilder();
        if (total >= 60)
            sb.Append(CultureInfo.InvariantCulture, $"{total / 60} h ");
        sb.Append(CultureInfo.InvariantCulture, $"{total % 60} min");
        return sb.ToString();
    }
}
