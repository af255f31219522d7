// Finds incident windows in the per-interval series: error spikes, latency spikes and traffic collapse against a trailing robust baseline.
namespace Debrief.Evidence;

/// <summary>Thresholds of the detector; the defaults are documented in docs/evidence.md.</summary>
public sealed record DetectionOptions
{
    /// <summary>How many normal intervals the trailing baseline looks back over.</summary>
    public int BaselineIntervals { get; init; } = 60;
    /// <summary>Abnormal intervals separated by at most this many normal ones merge into one window.</summary>
    public int MergeGap { get; init; } = 3;
    /// <summary>Normal intervals needed after a window to call it recovered (otherwise it is ongoing).</summary>
    public int RecoveryIntervals { get; init; } = 2;
    /// <summary>Traffic at or below this share of the expected requests is a collapse.</summary>
    public double CollapseRatio { get; init; } = 0.25;
    /// <summary>Server-error rate must exceed the baseline rate by this much (absolute, 0-1)...</summary>
    public double ErrorRateExcess { get; init; } = 0.02;
    /// <summary>...and be at least this many times the baseline rate.</summary>
    public double ErrorRateFactor { get; init; } = 3;
    /// <summary>Fewest server errors in an interval to count as a spike.</summary>
    public int MinErrors { get; init; } = 5;
    /// <summary>Latency p95 must be at least this many times the baseline p95...</summary>
    public double LatencyFactor { get; init; } = 3;
    /// <summary>...and exceed it by at least this many seconds.</summary>
    public double LatencyExcessSeconds { get; init; } = 0.5;
}

/// <summary>The dense series the detector works on (one entry per interval from the first to the last).</summary>
public sealed class IntervalSeries
{
    public required long FirstIndex { get; init; }
    public required long[] Requests { get; init; }
    public required long[] Errors { get; init; }
    public required double?[] LatencyP95 { get; init; }
    public required long[] LatencyCount { get; init; }
    /// <summary>Share of each interval inside the data's time range (the first and last may be partial).</summary>
    public required double[] Coverage { get; init; }
    public int Count => Requests.Length;

    /// <summary>Builds the dense series from an aggregate.</summary>
    public static IntervalSeries From(EvidenceAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (aggregate.Buckets.Count == 0 || aggregate.Requests == 0)
            return new IntervalSeries { FirstIndex = 0, Requests = [], Errors = [], LatencyP95 = [], LatencyCount = [], Coverage = [] };
        var first = aggregate.IntervalOf(aggregate.FirstRequestSecond);
        var last = aggregate.IntervalOf(aggregate.LastRequestSecond);
        var n = checked((int)Math.Min(last - first + 1, 2_000_000));
        var s = new IntervalSeries
        {
            FirstIndex = first,
            Requests = new long[n],
            Errors = new long[n],
            LatencyP95 = new double?[n],
            LatencyCount = new long[n],
            Coverage = new double[n],
        };
        for (var i = 0; i < n; i++)
        {
            s.Coverage[i] = 1;
            if (aggregate.Buckets.TryGetValue(first + i, out var b))
            {
                s.Requests[i] = b.Requests;
                s.Errors[i] = b.ServerErrors;
                s.LatencyP95[i] = b.LatencyQuantile(0.95);
                s.LatencyCount[i] = b.LatencyCount;
            }
        }
        var len = (double)aggregate.IntervalSeconds;
        s.Coverage[0] = Math.Clamp((aggregate.IntervalStart(first + 1) - aggregate.FirstRequestSecond) / len, 1 / len, 1);
        s.Coverage[n - 1] = Math.Min(s.Coverage[n - 1], Math.Clamp((aggregate.LastRequestSecond + 1 - aggregate.IntervalStart(last)) / len, 1 / len, 1));
        return s;
    }
}

/// <summary>An abnormal stretch of intervals, as indexes into the series.</summary>
/// <param name="Start">First abnormal interval.</param>
/// <param name="EndExclusive">First interval after the last abnormal one.</param>
/// <param name="Kinds">What was abnormal.</param>
/// <param name="Ongoing">True when the data ends before recovery was seen.</param>
public sealed record DetectedWindow(int Start, int EndExclusive, IReadOnlyList<string> Kinds, bool Ongoing);

/// <summary>The per-interval verdict and the baseline it was judged against.</summary>
public readonly record struct IntervalVerdict(bool Errors, bool Latency, bool Collapse, double ExpectedRequests, double BaselineErrorRate, double? BaselineLatencyP95)
{
    public bool Abnormal => Errors || Latency || Collapse;
}

/// <summary>Detects incidents: a trailing median baseline of normal intervals, three tests per interval, merged windows.</summary>
public sealed class IncidentDetector(DetectionOptions? options = null)
{
    private readonly DetectionOptions _o = options ?? new DetectionOptions();

    /// <summary>Judges every interval against its trailing baseline.</summary>
    public IntervalVerdict[] Judge(IntervalSeries s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var verdicts = new IntervalVerdict[s.Count];
        var window = new Queue<int>();
        // warm-up baseline: the first BaselineIntervals intervals, all of them
        var warm = Enumerable.Range(0, Math.Min(s.Count, _o.BaselineIntervals)).Where(i => s.Coverage[i] >= 0.5).ToList();
        for (var k = 0; k < s.Count; k++)
        {
            var basis = window.Count >= 10 ? window.ToList() : warm;
            var rates = basis.Select(i => s.Requests[i] / s.Coverage[i]).ToList();
            var baseRequests = Median(rates);
            var zeroShare = basis.Count == 0 ? 1 : basis.Count(i => s.Requests[i] == 0) / (double)basis.Count;
            long sumReq = 0, sumErr = 0;
            foreach (var i in basis)
            {
                sumReq += s.Requests[i];
                sumErr += s.Errors[i];
            }
            var baseRate = sumReq == 0 ? 0 : (double)sumErr / sumReq;
            var p95s = basis.Where(i => s.LatencyP95[i] is not null && s.LatencyCount[i] >= 5).Select(i => s.LatencyP95[i]!.Value).ToList();
            double? baseP95 = p95s.Count >= 3 ? Median(p95s) : null;

            var req = s.Requests[k];
            var err = s.Errors[k];
            var expected = baseRequests * s.Coverage[k];

            var rate = req == 0 ? 0 : (double)err / req;
            var errors = err >= _o.MinErrors && ErrorsAbnormal(req, err, baseRate, 4);
            // few requests per interval: an elevated interval counts when a short run of intervals around it is
            // abnormal as a whole (windows ending at, centred on and starting at k, so the edges stay exact)
            if (!errors && err >= 1 && rate >= baseRate + _o.ErrorRateExcess && rate >= _o.ErrorRateFactor * baseRate)
                errors = AnyWindow(s, k, (from, to) =>
                {
                    long r = 0, e = 0;
                    for (var i = from; i <= to; i++) { r += s.Requests[i]; e += s.Errors[i]; }
                    return e >= _o.MinErrors && ErrorsAbnormal(r, e, baseRate, 4);
                });

            var latency = s.LatencyP95[k] is { } p95 && s.LatencyCount[k] >= 10 && baseP95 is { } bp
                && p95 >= Math.Max(_o.LatencyFactor * bp, bp + _o.LatencyExcessSeconds);

            // bursty traffic varies more than Poisson: scale by the baseline's dispersion (variance / mean)
            var dispersion = Math.Clamp(Dispersion(basis.Select(i => s.Requests[i] / s.Coverage[i]).ToList()), 1, 4);
            var steady = zeroShare <= 0.1 && baseRequests > 0;
            var collapse = steady && expected >= 3 && req <= _o.CollapseRatio * expected
                && PoissonLowerTail((long)Math.Floor(req / dispersion), expected / dispersion) < 1e-3;
            if (!collapse && steady && req <= _o.CollapseRatio * expected)
                collapse = AnyWindow(s, k, (from, to) =>
                {
                    double r = 0, x = 0;
                    for (var i = from; i <= to; i++) { r += s.Requests[i]; x += baseRequests * s.Coverage[i]; }
                    return x >= 3 && r <= _o.CollapseRatio * x && PoissonLowerTail((long)Math.Floor(r / dispersion), x / dispersion) < 1e-3;
                });

            verdicts[k] = new IntervalVerdict(errors, latency, collapse, expected, baseRate, baseP95);
            if (!verdicts[k].Abnormal && s.Coverage[k] >= 0.5)
            {
                window.Enqueue(k);
                if (window.Count > _o.BaselineIntervals)
                    window.Dequeue();
            }
        }
        return verdicts;
    }

    /// <summary>Width of the short runs used to judge intervals with few requests.</summary>
    public const int RunWidth = 5;

    private static bool AnyWindow(IntervalSeries s, int k, Func<int, int, bool> test)
    {
        var last = s.Count - 1;
        foreach (var from in new[] { k - RunWidth + 1, k - RunWidth / 2, k })
        {
            var a = Math.Max(0, from);
            var b = Math.Min(last, from + RunWidth - 1);
            if (b - a + 1 >= 3 && test(a, b))
                return true;
        }
        return false;
    }

    private bool ErrorsAbnormal(long requests, long errors, double baseRate, double minZ)
    {
        if (requests == 0)
            return false;
        var rate = (double)errors / requests;
        var p0 = Math.Max(baseRate, 0.001);
        var z = (errors - requests * p0) / Math.Sqrt(requests * p0 * (1 - p0));
        return rate >= baseRate + _o.ErrorRateExcess && rate >= _o.ErrorRateFactor * baseRate && z >= minZ;
    }

    /// <summary>Merges abnormal intervals into windows, drops weak single blips, marks windows open at the end.</summary>
    public IReadOnlyList<DetectedWindow> Detect(IntervalSeries s, IntervalVerdict[] verdicts)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(verdicts);
        var windows = new List<(int Start, int Last)>();
        for (var k = 0; k < verdicts.Length; k++)
        {
            if (!verdicts[k].Abnormal)
                continue;
            if (windows.Count > 0 && k - windows[^1].Last - 1 <= _o.MergeGap)
                windows[^1] = (windows[^1].Start, k);
            else
                windows.Add((k, k));
        }
        var result = new List<DetectedWindow>();
        foreach (var (start, last) in windows)
        {
            var abnormal = Enumerable.Range(start, last - start + 1).Where(i => verdicts[i].Abnormal).ToList();
            if (abnormal.Count == 1 && !Strong(s, verdicts[start], start))
                continue;
            if (abnormal.All(i => verdicts[i].Collapse && !verdicts[i].Errors && !verdicts[i].Latency))
            {
                // a dip is not an outage: the whole window must have lost most of its traffic
                double observed = 0, expected = 0;
                for (var i = start; i <= last; i++)
                {
                    observed += s.Requests[i];
                    expected += verdicts[i].ExpectedRequests;
                }
                if (observed > _o.CollapseRatio * expected)
                    continue;
            }
            var kinds = new List<string>();
            if (abnormal.Any(i => verdicts[i].Errors)) kinds.Add("errors");
            if (abnormal.Any(i => verdicts[i].Latency)) kinds.Add("latency");
            if (abnormal.Any(i => verdicts[i].Collapse)) kinds.Add("traffic_collapse");
            var recovered = 0;
            for (var i = last + 1; i < s.Count && recovered < _o.RecoveryIntervals; i++)
                if (!verdicts[i].Abnormal && s.Coverage[i] >= 0.5)
                    recovered++;
            result.Add(new DetectedWindow(start, last + 1, kinds, recovered < _o.RecoveryIntervals));
        }
        return result;
    }

    private static bool Strong(IntervalSeries s, IntervalVerdict v, int k) =>
        (v.Errors && s.Errors[k] >= 20) || (v.Collapse && v.ExpectedRequests >= 30) || (v.Latency && s.LatencyCount[k] >= 50);

    /// <summary>P(X &lt;= k) for X ~ Poisson(lambda), computed in log space.</summary>
    public static double PoissonLowerTail(long k, double lambda)
    {
        if (lambda <= 0)
            return 1;
        double sum = 0, logTerm = -lambda;
        for (long i = 0; i <= k; i++)
        {
            if (i > 0)
                logTerm += Math.Log(lambda / i);
            sum += Math.Exp(logTerm);
            if (i > lambda && Math.Exp(logTerm) < 1e-15)
                break;
        }
        return Math.Min(1, sum);
    }

    private static double Dispersion(List<double> values)
    {
        if (values.Count < 3)
            return 1;
        // successive differences: a slow trend (the daily curve) is not dispersion
        var mean = values.Average();
        if (mean <= 0)
            return 1;
        double sum = 0;
        for (var i = 1; i < values.Count; i++)
            sum += (values[i] - values[i - 1]) * (values[i] - values[i - 1]);
        return sum / (2 * (values.Count - 1)) / mean;
    }

    /// <summary>The median of a list (0 when empty).</summary>
    public static double Median(List<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            return 0;
        values.Sort();
        var m = values.Count / 2;
        return values.Count % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }
}
