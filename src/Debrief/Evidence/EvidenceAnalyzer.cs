// Runs the whole analysis: open and sniff inputs, read them into one aggregate, detect incidents, compute impact and events.
using Debrief.Io;

namespace Debrief.Evidence;

/// <summary>Options of <c>debrief analyze</c> and <c>debrief draft</c>.</summary>
public sealed record AnalysisOptions
{
    /// <summary>Interval length in seconds (default one minute).</summary>
    public int IntervalSeconds { get; init; } = 60;
    /// <summary>Force this reader for every input instead of sniffing.</summary>
    public string? Format { get; init; }
    /// <summary>nginx log_format string for custom access logs.</summary>
    public string? LogFormat { get; init; }
    /// <summary>Field mapping for JSON lines and CSV/TSV.</summary>
    public FieldMapping Mapping { get; init; } = FieldMapping.Default;
    /// <summary>Offset for times written without one; null = take it from the inputs that have one, else UTC.</summary>
    public TimeSpan? Offset { get; init; }
    /// <summary>Year for syslog lines without one; null = from the other inputs, else the current year.</summary>
    public int? Year { get; init; }
    /// <summary>Slack channel name.</summary>
    public string? Channel { get; init; }
    /// <summary>Stop at the first malformed line.</summary>
    public bool Strict { get; init; }
    /// <summary>Use the parallel byte-level scanner for plain access-log files.</summary>
    public bool FastPath { get; init; } = true;
    /// <summary>Threads for the fast path (default: processor count).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Detector thresholds.</summary>
    public DetectionOptions Detection { get; init; } = new();
    /// <summary>Stdin, for "-" (tests pass their own).</summary>
    public Stream? Stdin { get; init; }
}

/// <summary>Reports progress over all inputs in bytes.</summary>
public interface IAnalysisProgress
{
    /// <summary>Called once with the total bytes of all files (0 when unknown).</summary>
    void Start(long totalBytes);
    /// <summary>Bytes done so far.</summary>
    void Advance(long bytesDone);
}

/// <summary>Analyses evidence files into an <see cref="EvidenceReport"/>.</summary>
public static class EvidenceAnalyzer
{
    /// <summary>Reads the inputs and analyses them.</summary>
    public static EvidenceReport Analyze(IReadOnlyList<string> paths, AnalysisOptions options, IAnalysisProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        if (paths.Count == 0)
            throw new InputException(null, null, "no input given");
        if (paths.Count(p => p == "-") > 1)
            throw new InputException(null, null, "stdin (-) can be given once");
        var aggregate = new EvidenceAggregate(options.IntervalSeconds);
        var tally = new MalformedTally();
        var baseContext = new LogParseContext { Mapping = options.Mapping, LogFormat = options.LogFormat, Channel = options.Channel };

        // sniff everything first, so inputs whose times carry offsets can tell the others which offset to assume
        var opened = new List<(LogInput Input, ILogReader Reader)>();
        var empty = new Dictionary<LogInput, InputSummary>();
        foreach (var path in paths)
        {
            var input = LogInput.Open(path, options.Stdin);
            ILogReader reader;
            if (options.Format is not null)
                reader = ReaderCatalog.ByName(options.Format);
            else if (options.LogFormat is not null && !input.IsDirectory)
                reader = ReaderCatalog.ByName("nginx-format");
            else
            {
                var sample = input.Sample();
                if (!input.IsDirectory && sample.Text.Trim().Length == 0)
                {
                    // an empty file (no alerts fired, no deploys) is evidence of nothing, not an error
                    empty[input] = new InputSummary(input.Path, "empty", 0, 0);
                    continue;
                }
                reader = ReaderCatalog.Detect(sample, baseContext with { DefaultYear = options.Year ?? DateTime.UtcNow.Year })
                    ?? throw new InputException(path == "-" ? null : path, null,
                        $"cannot tell the format (first line: \"{MalformedTally.Printable(sample.Lines.FirstOrDefault() ?? "")}\"); give --format ({string.Join(", ", ReaderCatalog.Names)})");
            }
            opened.Add((input, reader));
        }

        var total = opened.Sum(o => o.Input.Length ?? 0);
        progress?.Start(total);
        long done = 0;
        var summaries = new Dictionary<LogInput, InputSummary>(empty);
        TimeSpan? learnedOffset = options.Offset;
        int? learnedYear = options.Year;
        foreach (var pass in new[] { true, false })
        {
            foreach (var (input, reader) in opened.Where(o => o.Reader.TimesHaveOffsets == pass))
            {
                var context = baseContext with
                {
                    DefaultOffset = learnedOffset ?? TimeSpan.Zero,
                    DefaultYear = learnedYear ?? DateTime.UtcNow.Year,
                    SourceName = input.DisplayName,
                };
                var before = done;
                if (progress is not null)
                    input.Progress = new Progress(b => progress.Advance(before + b));
                summaries[input] = ReadInput(input, reader, context, aggregate, tally, options);
                done = before + (input.Length ?? 0);
                progress?.Advance(done);
            }
            if (aggregate.AlignOffsetMinutes is int align)
                learnedOffset ??= TimeSpan.FromMinutes(align);
            else if (aggregate.Events.Count > 0)
                learnedOffset ??= aggregate.Events[0].Time.Offset;
            if (aggregate.Requests > 0)
                learnedYear ??= DateTimeOffset.FromUnixTimeSeconds(aggregate.FirstRequestSecond).Year;
            else if (aggregate.Events.Count > 0)
                learnedYear ??= aggregate.Events[0].Time.Year;
        }
        var inputs = summaries.Values.OrderBy(i => paths.ToList().IndexOf(i.Path)).ToList();
        var offset = learnedOffset ?? TimeSpan.Zero;
        return ReportBuilder.Build(aggregate, tally, inputs, offset, options.Detection);
    }

    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    private static InputSummary ReadInput(LogInput input, ILogReader reader, LogParseContext context, EvidenceAggregate aggregate, MalformedTally tally, AnalysisOptions options)
    {
        if (options.FastPath && reader is Readers.CombinedAccessLogReader && input.IsPlainFile && !options.Strict)
        {
            var scan = FastAccessScanner.Scan(input.Path, aggregate, tally, input.DisplayName, options.Threads, input.Progress);
            return new InputSummary(input.Path, reader.Name, scan.Lines, scan.Malformed);
        }
        long lines = 0, bad = 0;
        foreach (var outcome in reader.Read(input, context))
        {
            lines++;
            var result = outcome.Result;
            if (result.IsMalformed)
            {
                bad++;
                if (options.Strict)
                    throw new InputException(input.Path == "-" ? null : input.Path, (int)Math.Min(outcome.LineNumber, int.MaxValue),
                        $"malformed {reader.Name} line ({result.MalformedReason}): {MalformedTally.Printable(outcome.Text)}");
                tally.Add(result.MalformedReason!, input.DisplayName, outcome.LineNumber, outcome.Text);
                continue;
            }
            foreach (var record in result.Records)
            {
                aggregate.Add(record);
                if (record is MessageRecord m && SystemEventPatterns.Match(m) is { } description)
                    aggregate.Events.Add(new EventRecord(m.Time, EvidenceEventKind.System, description, input.DisplayName));
            }
        }
        return new InputSummary(input.Path, reader.Name, lines, bad);
    }
}
