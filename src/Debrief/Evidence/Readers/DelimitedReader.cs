// CSV or TSV with a header row (e.g. the NASA TSV: host, time as epoch, url, response) read through a field mapping.
namespace Debrief.Evidence.Readers;

/// <summary>Reads tab- or comma-separated rows; the first line names the fields, <see cref="LogParseContext.Mapping"/> maps them.</summary>
public sealed class DelimitedReader : ILogReader
{
    /// <inheritdoc />
    public string Name => "delimited";

    /// <inheritdoc />
    public string Description => "CSV/TSV with a header row, through a field mapping (--map)";

    /// <inheritdoc />
    public bool TimesHaveOffsets => false;

    /// <inheritdoc />
    public double Sniff(InputSample sample, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(context);
        if (sample.IsDirectory || sample.Lines.Count < 2)
            return 0;
        var separator = SeparatorOf(sample.Lines[0]);
        if (separator is null)
            return 0;
        var header = Split(sample.Lines[0], separator.Value);
        if (DeployCsvReader.IsDeployHeader(header))
            return 0;
        int ok = 0, counted = 0;
        foreach (var line in sample.Lines.Skip(1))
        {
            counted++;
            if (!ParseRow(header, line, separator.Value, context).IsMalformed)
                ok++;
        }
        return counted == 0 ? 0 : 0.85 * ok / counted;
    }

    /// <inheritdoc />
    public IEnumerable<LineOutcome> Read(LogInput input, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = input.OpenText();
        long number = 0;
        string[]? header = null;
        var separator = '\t';
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (header is null)
            {
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                separator = SeparatorOf(line) ?? '\t';
                header = Split(line, separator);
                yield return new LineOutcome(number, line, LineResult.Ignored);
                continue;
            }
            yield return new LineOutcome(number, line, ParseRow(header, line, separator, context));
        }
    }

    private static LineResult ParseRow(string[] header, string line, char separator, LogParseContext context)
    {
        if (string.IsNullOrWhiteSpace(line))
            return LineResult.Ignored;
        var cells = Split(line, separator);
        if (cells.Length < header.Length - 2)
            return LineResult.Bad("too few fields");
        return StructuredFields.ToRecord(name =>
        {
            var i = Array.FindIndex(header, h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
            return i >= 0 && i < cells.Length && cells[i].Length > 0 ? cells[i] : null;
        }, context);
    }

    private static char? SeparatorOf(string header) =>
        header.Contains('\t') ? '\t' : header.Contains(',') ? ',' : null;

    /// <summary>Splits a row; for commas, double quotes group a cell ("a, b").</summary>
    internal static string[] Split(string line, char separator)
    {
        if (separator == '\t' || !line.Contains('"'))
            return line.Split(separator).Select(c => c.Trim()).ToArray();
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { cells.Add(cell.ToString().Trim()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString().Trim());
        return [.. cells];
    }
}
