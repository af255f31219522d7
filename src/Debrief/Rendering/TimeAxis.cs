// Chooses the visible time range and round tick steps (1 min to 1 day) so a 5-minute blip and a 3-day outage both read well.
namespace Debrief.Rendering;

/// <summary>A time axis: the range drawn and its ticks.</summary>
/// <param name="From">Left edge (wall-clock).</param>
/// <param name="To">Right edge (wall-clock).</param>
/// <param name="Step">Distance between ticks.</param>
/// <param name="Ticks">Tick times, each a multiple of <paramref name="Step"/> from midnight.</param>
public sealed record TimeAxis(DateTime From, DateTime To, TimeSpan Step, IReadOnlyList<DateTime> Ticks)
{
    /// <summary>Round steps, smallest first.</summary>
    public static readonly TimeSpan[] Steps =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10),
        TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2),
        TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromDays(1),
        TimeSpan.FromDays(2), TimeSpan.FromDays(7),
    ];

    /// <summary>True when the axis spans more than one calendar day (tick labels then carry dates).</summary>
    public bool CrossesDays => From.Date != To.Date;

    /// <summary>Position of a time as a fraction 0..1 of the axis.</summary>
    public double Fraction(DateTime time) => To == From ? 0.5 : (time - From).TotalMilliseconds / (To - From).TotalMilliseconds;

    /// <summary>An axis covering <paramref name="earliest"/>..<paramref name="latest"/> with at most <paramref name="maxTicks"/> ticks.</summary>
    public static TimeAxis Cover(DateTime earliest, DateTime latest, int maxTicks = 9)
    {
        if (latest < earliest) (earliest, latest) = (latest, earliest);
        var span = latest - earliest;
        if (span < TimeSpan.FromMinutes(4))
        {
            // Very short (or a single moment): show a few minutes either side so markers are not on the edges.
            var pad = TimeSpan.FromMinutes(2) - span / 2;
            earliest = Shift(earliest, -pad);
            latest = Shift(latest, pad);
            span = latest - earliest;
        }
        // A little air either side so first and last markers are not cut.
        var margin = TimeSpan.FromTicks(span.Ticks / 25);
        var from = Shift(earliest, -margin);
        var to = Shift(latest, margin);
        var step = Steps.FirstOrDefault(s => (to - from).Ticks / s.Ticks + 1 <= maxTicks);
        if (step == default) step = Steps[^1];
        var ticks = new List<DateTime>();
        var first = new DateTime(Math.Min(((from.Ticks + step.Ticks - 1) / step.Ticks) * step.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Unspecified);
        if (step >= TimeSpan.FromDays(1))
            first = from.Date == from ? from : Shift(from.Date, TimeSpan.FromDays(1));
        for (var t = first; t <= to; t = Shift(t, step))
        {
            ticks.Add(t);
            if (t == DateTime.MaxValue)
                break;
        }
        return new TimeAxis(from, to, step, ticks);
    }

    /// <summary>A time moved by an amount, held inside DateTime's range.</summary>
    private static DateTime Shift(DateTime time, TimeSpan by) =>
        new(Math.Clamp(time.Ticks + by.Ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), time.Kind);
}
