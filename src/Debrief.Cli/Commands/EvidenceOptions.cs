// The input options shared by `debrief analyze` and `debrief draft`, their translation to AnalysisOptions, and opening the inputs (stdin included) at the edge.
using System.CommandLine;
using System.Globalization;
using Debrief.Evidence;
using Debrief.Io;

namespace Debrief.Cli.Commands;

internal sealed class EvidenceOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Log files, folders (Slack export) or - for stdin; gzip is read transparently",
        Arity = ArgumentArity.OneOrMore,
    };
    public Option<string?> InputFormat { get; } = new("--input-format") { Description = $"Read every input as this format instead of sniffing: {string.Join(", ", ReaderCatalog.Names)}" };
    public Option<string?> LogFormat { get; } = new("--log-format") { Description = "nginx log_format string of a custom access log, e.g. '$remote_addr [$time_local] \"$request\" $status $request_time'" };
    public Option<string?> Map { get; } = new("--map") { Description = "Field mapping for JSON lines / CSV / TSV: time=ts:epoch,client=host,status=response,path=url,latency=dur:ms" };
    public Option<string?> Tz { get; } = new("--tz") { Description = "Offset for times written without one (error logs, syslog, epoch times), e.g. -04:00; default: from the access logs" };
    public Option<int?> Year { get; } = new("--year") { Description = "Year for syslog lines, which have none; default: from the other inputs" };
    public Option<string?> Channel { get; } = new("--channel") { Description = "Slack channel to read (default: one named like 'incident')" };
    public Option<string?> Interval { get; } = new("--interval") { Description = "Interval length: 60, 30s, 1m, 5m (default 1m)" };
    public Option<bool> Strict { get; } = new("--strict") { Description = "Stop at the first malformed line (exit 2)" };
    public Option<int?> Threads { get; } = new("--threads") { Description = "Threads for large access logs (default: all cores)" };
    public Option<bool> NoFastPath { get; } = new("--no-fast-path") { Description = "Read access logs line by line instead of with the parallel byte scanner (same results, slower; for comparisons)" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        foreach (var o in new Option[] { InputFormat, LogFormat, Map, Tz, Year, Channel, Interval, Strict, Threads, NoFastPath })
            command.Options.Add(o);
    }

    public (IReadOnlyList<string> Paths, AnalysisOptions Options) Read(ParseResult parse)
    {
        TimeSpan? offset = null;
        if (parse.GetValue(Tz) is { } tz)
        {
            if (!TimeText.TryParseOffset(tz, out var o))
                throw InputException.ForOption("tz", $"expected an offset like +02:00 or -0400, got '{tz}'");
            offset = o;
        }
        var options = new AnalysisOptions
        {
            Format = parse.GetValue(InputFormat),
            LogFormat = parse.GetValue(LogFormat),
            Mapping = FieldMapping.Parse(parse.GetValue(Map)),
            Offset = offset,
            Year = parse.GetValue(Year),
            Channel = parse.GetValue(Channel),
            IntervalSeconds = ParseInterval(parse.GetValue(Interval)),
            Strict = parse.GetValue(Strict),
            Threads = Math.Max(1, parse.GetValue(Threads) ?? Environment.ProcessorCount),
            FastPath = !parse.GetValue(NoFastPath),
        };
        return (parse.GetValue(Inputs) ?? [], options);
    }

    /// <summary>Opens every input once; "-" is this process's stdin (the only place the evidence commands touch the console).</summary>
    public static InputSet Open(IReadOnlyList<string> paths) => EvidenceFiles.OpenAll(paths, Console.OpenStandardInput);

    private static int ParseInterval(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return 60;
        var t = text.Trim().ToLowerInvariant();
        var unit = 1;
        if (t.EndsWith('s')) t = t[..^1];
        else if (t.EndsWith('m')) { unit = 60; t = t[..^1]; }
        else if (t.EndsWith('h')) { unit = 3600; t = t[..^1]; }
        if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n * unit > 86400)
            throw InputException.ForOption("interval", $"expected e.g. 60, 30s, 1m or 5m, got '{text}'");
        return n * unit;
    }
}
