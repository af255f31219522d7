// What one interval (default one minute) of evidence adds up to: requests, server errors, clients, latency, failing paths.
namespace Debrief.Evidence;

/// <summary>The per-interval counters; buckets from parallel chunks merge into one.</summary>
public sealed class IntervalBucket
{
    /// <summary>Histogram bins for latency: bin b covers about 2^(b/4) microseconds.</summary>
    public const int LatencyBins = 112;

    /// <summary>Most distinct failing paths kept per interval.</summary>
    public const int MaxPathsPerBucket = 256;

    public long Requests;
    public long ServerErrors;
    public long ClientErrors;
    public long ErrorMessages;
    public readonly ClientHashSet Clients;

    /// <summary>A bucket whose client set starts sized for about <paramref name="expectedClients"/> clients.</summary>
    public IntervalBucket(int expectedClients = 64) => Clients = new ClientHashSet(expectedClients);
    public ClientHashSet? ErrorClients;
    public long[]? Latency;
    public long LatencyCount;
    /// <summary>Offset of the last record in this interval, in minutes (times keep the log's offset).</summary>
    public int OffsetMinutes;
    /// <summary>Unix seconds of the first server error in this interval, or long.MaxValue.</summary>
    public long FirstErrorSecond = long.MaxValue;
    public Dictionary<string, long>? FailingPaths;

    /// <summary>Counts one request.</summary>
    public void AddRequest(uint clientHash, int status, double? latencySeconds, long unixSecond, string? path)
    {
        Requests++;
        Clients.Add(clientHash);
        if (status >= 500)
            AddServerError(clientHash, unixSecond, path);
        else if (status >= 400)
            ClientErrors++;
        if (latencySeconds is { } l)
            AddLatency(l);
    }

    /// <summary>Counts the server-error part of a request already counted in <see cref="Requests"/>.</summary>
    public void AddServerError(uint clientHash, long unixSecond, string? path)
    {
        ServerErrors++;
        (ErrorClients ??= new ClientHashSet(16)).Add(clientHash);
        if (unixSecond < FirstErrorSecond)
            FirstErrorSecond = unixSecond;
        if (path is not null)
        {
            FailingPaths ??= new Dictionary<string, long>(StringComparer.Ordinal);
            if (FailingPaths.TryGetValue(path, out var n))
                FailingPaths[path] = n + 1;
            else if (FailingPaths.Count < MaxPathsPerBucket)
                FailingPaths[path] = 1;
        }
    }

    /// <summary>Adds a latency observation.</summary>
    public void AddLatency(double seconds)
    {
        Latency ??= new long[LatencyBins];
        Latency[LatencyBin(seconds)]++;
        LatencyCount++;
    }

    /// <summary>The histogram bin of a latency.</summary>
    public static int LatencyBin(double seconds)
    {
        var us = seconds * 1e6;
        if (us < 1)
            return 0;
        return Math.Min(LatencyBins - 1, (int)(Math.Log2(us) * 4));
    }

    /// <summary>The representative latency of a bin, in seconds.</summary>
    public static double BinSeconds(int bin) => Math.Pow(2, (bin + 0.5) / 4) / 1e6;

    /// <summary>A latency quantile (0-1) from this bucket's histogram, or null without latencies.</summary>
    public double? LatencyQuantile(double q) => Quantile(Latency, LatencyCount, q);

    /// <summary>A quantile from a histogram.</summary>
    public static double? Quantile(long[]? histogram, long count, double q)
    {
        if (histogram is null || count == 0)
            return null;
        var target = (long)Math.Ceiling(q * count);
        long seen = 0;
        for (var b = 0; b < histogram.Length; b++)
        {
            seen += histogram[b];
            if (seen >= target && histogram[b] > 0)
                return BinSeconds(b);
        }
        return BinSeconds(histogram.Length - 1);
    }

    /// <summary>Adds another bucket's counts to this one.</summary>
    public void Merge(IntervalBucket other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Requests += other.Requests;
        ServerErrors += other.ServerErrors;
        ClientErrors += other.ClientErrors;
        ErrorMessages += other.ErrorMessages;
        Clients.UnionWith(other.Clients);
        if (other.ErrorClients is not null)
            (ErrorClients ??= new ClientHashSet(16)).UnionWith(other.ErrorClients);
        if (other.Latency is not null)
        {
            Latency ??= new long[LatencyBins];
            for (var i = 0; i < LatencyBins; i++)
                Latency[i] += other.Latency[i];
            LatencyCount += other.LatencyCount;
        }
        FirstErrorSecond = Math.Min(FirstErrorSecond, other.FirstErrorSecond);
        if (other.FailingPaths is not null)
        {
            FailingPaths ??= new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var (p, n) in other.FailingPaths)
            {
                if (FailingPaths.TryGetValue(p, out var m))
                    FailingPaths[p] = m + n;
                else if (FailingPaths.Count < MaxPathsPerBucket)
                    FailingPaths[p] = n;
            }
        }
        if (other.Requests > 0)
            OffsetMinutes = other.OffsetMinutes;
    }
}
