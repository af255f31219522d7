// Runs the whole analysis over inputs the caller opened: sniff each from its prefix, read it once into one aggregate, detect incidents, compute impact and events.
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
    /// <summary>Scan plain files in parallel when their reader can (same results, faster).</summary>
    public bool FastPath { get; init; } = true;
    /// <summary>Threads for the parallel scan (default: processor count).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Detector thresholds.</summary>
    public DetectionOptions Detection { get; init; } = new();
}

/// <summary>Reports progress over all inputs in bytes.</summary>
public interface IAnalysisProgress
{
    /// <summary>Called once with the total bytes of all files (0 when unknown).</summary>
    void Start(long totalBytes);
    /// <summary>Bytes done so far.</summary>
    void Advance(long bytesDone);
}

/// <summary>Analyses evidence inputs into an <see cref="EvidenceReport"/>. No disk, console or environment: the inputs
/// come opened (<see cref="EvidenceFiles"/> at the edge, or <see cref="LogInput.FromStream"/>), each is read once.</summary>
public static class EvidenceAnalyzer
{
    /// <summary>Reads the inputs and analyses them. The caller keeps ownership of the inputs (and disposes them).</summary>
    public static EvidenceReport Analyze(IReadOnlyList<LogInput> inputs, AnalysisOptions options, IAnalysisProgress? progress = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        if (inputs.Count == 0)
            throw new InputException(null, null, "no input given");
        var aggregate = new EvidenceAggregate(options.IntervalSeconds);
        var tally = new MalformedTally();
        var baseContext = new LogParseContext { Mapping = options.Mapping, LogFormat = options.LogFormat, Channel = options.Channel };

        // sniff everything first, so inputs whose times carry offsets can tell the others which offset to assume
        var opened = new List<(int Index, LogInput Input, ILogReader Reader)>();
        var summaries = new InputSummary?[inputs.Count];
        for (var index = 0; index < inputs.Count; index++)
        {
            var input = inputs[index];
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
                    summaries[index] = new InputSummary(input.Name, "empty", 0, 0);
                    continue;
                }
                reader = ReaderCatalog.Detect(sample, baseContext with { DefaultYear = options.Year ?? DateTime.UtcNow.Year })
                    ?? throw InputException.ForFile(input.Name, null,
                        $"cannot tell the format (first line: \"{MalformedTally.Printable(sample.Lines.FirstOrDefault() ?? "")}\"); give {{option:input-format}} ({string.Join(", ", ReaderCatalog.Names)})",
                        ErrorCodes.Evidence);
            }
            opened.Add((index, input, reader));
        }

        var total = opened.Sum(o => o.Input.Length ?? 0);
        progress?.Start(total);
        long done = 0;
        TimeSpan? learnedOffset = options.Offset;
        int? learnedYear = options.Year;
        foreach (var pass in new[] { true, false })
        {
            foreach (var (index, input, reader) in opened.Where(o => o.Reader.TimesHaveOffsets == pass))
            {
                var context = baseContext with
                {
                    DefaultOffset = learnedOffset ?? TimeSpan.Zero,
                    DefaultYear = learnedYear ?? DateTime.UtcNow.Year,
                    SourceName = input.DisplayName,
                };
                var before = done;
                IProgress<long>? inputProgress = progress is null ? null : new Progress(b => progress.Advance(before + b));
                input.Progress = inputProgress;
                summaries[index] = ReadInput(input, reader, context, aggregate, tally, options, inputProgress);
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
        var offset = learnedOffset ?? TimeSpan.Zero;
        return ReportBuilder.Build(aggregate, tally, [.. summaries.Select(s => s!)], offset, options.Detection);
    }

    private static string? PathOf(LogInput input) => input.Name == "-" ? null : input.Name;

    private sealed class Progress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    private static InputSummary ReadInput(LogInput input, ILogReader reader, LogParseContext context, EvidenceAggregate aggregate, MalformedTally tally,
        AnalysisOptions options, IProgress<long>? progress)
    {
        if (options.FastPath && !options.Strict && reader is IParallelScanReader scanner && input.PlainFile is { } file)
        {
            var scan = scanner.Scan(file, aggregate, tally, new Scanning.ScanSettings(input.DisplayName, options.Threads, progress, MaxLineBytes: context.MaxLineBytes));
            return new InputSummary(input.Name, reader.Name, scan.Lines, scan.Malformed);
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
                    throw new InputException(PathOf(input), (int)Math.Min(outcome.LineNumber, int.MaxValue),
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
        return new InputSummary(input.Name, reader.Name, lines, bad);
    }
}
