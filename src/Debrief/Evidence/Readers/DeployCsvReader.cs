// Deploy/change events as CSV "time,service,version,author,description" (time ISO 8601 with offset).
namespace Debrief.Evidence.Readers;

/// <summary>Reads a deploy-events CSV with a header; each row becomes a deploy event.</summary>
public sealed class DeployCsvReader : ILogReader
{
    /// <inheritdoc />
    public string Name => "deploys";

    /// <inheritdoc />
    public string Description => "deploy/change events CSV: time,service,version,author,description";

    /// <inheritdoc />
    public bool TimesHaveOffsets => true;

    internal static bool IsDeployHeader(string[] header) =>
        header.Length >= 2 && header.Contains("time", StringComparer.OrdinalIgnoreCase)
        && (header.Contains("version", StringComparer.OrdinalIgnoreCase) || header.Contains("service", StringComparer.OrdinalIgnoreCase))
        && !header.Contains("status", StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public double Sniff(InputSample sample, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.IsDirectory || sample.Lines.Count == 0 || !sample.Lines[0].Contains(','))
            return 0;
        return IsDeployHeader(DelimitedReader.Split(sample.Lines[0], ',')) ? 1 : 0;
    }

    /// <inheritdoc />
    public IEnumerable<LineOutcome> Read(LogInput input, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        using var reader = input.OpenText();
        long number = 0;
        string[]? header = null;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (header is null)
            {
                header = DelimitedReader.Split(line, ',').Select(h => h.ToLowerInvariant()).ToArray();
                yield return new LineOutcome(number, line, LineResult.Ignored);
                continue;
            }
            yield return new LineOutcome(number, line, ParseRow(header, line, context));
        }
    }

    /// <summary>One data row against the header.</summary>
    public static LineResult ParseRow(string[] header, string line, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(context);
        var cells = DelimitedReader.Split(line, ',');
        string Cell(string name)
        {
            var i = Array.IndexOf(header, name);
            return i >= 0 && i < cells.Length ? cells[i] : "";
        }
        if (!TimeText.TryParseIso(Cell("time"), context.DefaultOffset, out var time))
            return LineResult.Bad("bad time");
        var service = Cell("service");
        var version = Cell("version");
        var author = Cell("author");
        var description = Cell("description");
        var text = $"Deploy {(service.Length > 0 ? service + " " : "")}{version}".TrimEnd();
        if (author.Length > 0)
            text += $" by {author}";
        if (description.Length > 0)
            text += $": {description}";
        return LineResult.Ok(new EventRecord(time, EvidenceEventKind.Deploy, text, context.SourceName));
    }
}
