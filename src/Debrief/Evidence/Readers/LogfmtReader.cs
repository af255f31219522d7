// logfmt lines (`ts=2025-03-14T12:47:02Z level=error msg="db down" status=502`), as Go services, Prometheus and Loki write them, read through a field mapping.
using System.Text;

namespace Debrief.Evidence.Readers;

/// <summary>Reads logfmt: space-separated <c>key=value</c> pairs, values optionally double-quoted with backslash escapes;
/// fields found through <see cref="LogParseContext.Mapping"/> as for JSON lines (a status makes a request, else a message).</summary>
public sealed class LogfmtReader : LineLogReader
{
    /// <inheritdoc />
    public override string Name => "logfmt";

    /// <inheritdoc />
    public override string Description => "logfmt key=value lines (Go services, Prometheus, Loki), through a field mapping (--map)";

    /// <inheritdoc />
    public override bool TimesHaveOffsets => false;

    /// <inheritdoc />
    public override double Sniff(InputSample sample, LogParseContext context) =>
        // a generic format: below the specific ones when both read a sample
        base.Sniff(sample, context) * 0.9;

    /// <inheritdoc />
    public override LineResult ParseLine(string line, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(line))
            return LineResult.Ignored;
        var pairs = Pairs(line, out var error);
        if (error is not null)
            return LineResult.Bad(error);
        return StructuredFields.ToRecord(name =>
        {
            foreach (var (key, value) in pairs)
                if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
                    return value.Length > 0 ? value : null;
            return null;
        }, context);
    }

    /// <summary>The pairs of a line in order; a key without '=' has an empty value. A line must start with a key=value pair
    /// and hold at least two, so free text that happens to contain "a=b" is not taken for logfmt.</summary>
    public static IReadOnlyList<(string Key, string Value)> Pairs(string line, out string? error)
    {
        ArgumentNullException.ThrowIfNull(line);
        var pairs = new List<(string, string)>();
        var withValue = 0;
        var i = 0;
        error = null;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
                i++;
            if (i >= line.Length)
                break;
            var keyStart = i;
            while (i < line.Length && line[i] > ' ' && line[i] is not ('=' or '"'))
                i++;
            if (i == keyStart)
            {
                error = "not logfmt";
                return pairs;
            }
            var key = line[keyStart..i];
            if (i >= line.Length || line[i] != '=')
            {
                if (i < line.Length && line[i] is not (' ' or '\t'))
                {
                    error = "not logfmt";
                    return pairs;
                }
                if (pairs.Count == 0)
                {
                    error = "not logfmt";
                    return pairs;
                }
                pairs.Add((key, ""));
                continue;
            }
            i++;
            string value;
            if (i < line.Length && line[i] == '"')
            {
                var sb = new StringBuilder();
                i++;
                var closed = false;
                while (i < line.Length)
                {
                    var c = line[i++];
                    if (c == '"')
                    {
                        closed = true;
                        break;
                    }
                    if (c == '\\' && i < line.Length)
                    {
                        var e = line[i++];
                        sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => e });
                    }
                    else
                        sb.Append(c);
                }
                if (!closed)
                {
                    error = "unclosed quote";
                    return pairs;
                }
                value = sb.ToString();
            }
            else
            {
                var valueStart = i;
                while (i < line.Length && line[i] is not (' ' or '\t'))
                    i++;
                value = line[valueStart..i];
            }
            pairs.Add((key, value));
            withValue++;
        }
        if (withValue < 2)
            error = "not logfmt";
        return pairs;
    }
}
