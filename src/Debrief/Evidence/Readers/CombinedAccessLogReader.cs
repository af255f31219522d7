// nginx/Apache access logs in "combined" or "common" format, with optional trailing $request_time $upstream_response_time.
using System.Text;
using Debrief.Evidence.Scanning;

namespace Debrief.Evidence.Readers;

/// <summary>Reads <c>host ident user [time] "request" status bytes ["referer" "agent"] [request_time upstream_time]</c>
/// with <see cref="CombinedLogLine"/>; large plain files are scanned in parallel with the same parser.</summary>
public sealed class CombinedAccessLogReader : LineLogReader, IParallelScanReader
{
    /// <inheritdoc />
    public override string Name => "combined";

    /// <inheritdoc />
    public override string Description => "nginx/Apache access log, combined or common format (optional $request_time $upstream_response_time at the end)";

    /// <inheritdoc />
    public override LineResult ParseLine(string line, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Parse(Encoding.UTF8.GetBytes(line));
    }

    private protected override LineResult ParseLine(ReadOnlySpan<byte> bytes, string text, LogParseContext context) => Parse(bytes);

    private static LineResult Parse(ReadOnlySpan<byte> bytes)
    {
        var parser = default(CombinedLogLine);
        return parser.Parse(bytes, out var fields, out var reason) switch
        {
            LineKind.Request => LineResult.Ok(fields.ToRecord()),
            LineKind.Blank => LineResult.Ignored,
            _ => LineResult.Bad(reason!),
        };
    }

    ScanResult IParallelScanReader.Scan(PlainFile file, EvidenceAggregate aggregate, MalformedTally tally, ScanSettings settings) =>
        ParallelRequestScanner.Scan<CombinedLogLine>(file, aggregate, tally, settings);

    /// <summary>"GET /a?b HTTP/1.1" to ("GET", "/a"); anything else to (null, null).</summary>
    public static (string? Method, string? Path) SplitRequest(ReadOnlySpan<char> request) => RequestLine.Split(request);
}
