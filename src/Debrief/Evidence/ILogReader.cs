// The contract every log format implements: a name, a sniff score for auto-detection, and reading to records.
namespace Debrief.Evidence;

/// <summary>One line (or document) read, with its line number and outcome.</summary>
/// <param name="LineNumber">1-based line number in the input.</param>
/// <param name="Text">The line text (kept for malformed samples).</param>
/// <param name="Result">What the reader made of it.</param>
public readonly record struct LineOutcome(long LineNumber, string Text, LineResult Result);

/// <summary>A log format. One implementation per file in Evidence/Readers; discovered by <see cref="ReaderCatalog"/>.</summary>
public interface ILogReader
{
    /// <summary>The stable name used by <c>--format</c> and in reports, e.g. "combined".</summary>
    string Name { get; }

    /// <summary>One line for help texts.</summary>
    string Description { get; }

    /// <summary>True when the format writes times with their offset; false when the offset must be assumed.</summary>
    bool TimesHaveOffsets { get; }

    /// <summary>How well the sample fits this format, 0 (not at all) to 1 (every line parses).</summary>
    double Sniff(InputSample sample, LogParseContext context);

    /// <summary>Reads the whole input, one outcome per line (or per document).</summary>
    IEnumerable<LineOutcome> Read(LogInput input, LogParseContext context);
}

/// <summary>Base for line-oriented formats: parse one line at a time.</summary>
public abstract class LineLogReader : ILogReader
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Description { get; }

    /// <inheritdoc />
    public virtual bool TimesHaveOffsets => true;

    /// <summary>Parses one line (without its line break).</summary>
    public abstract LineResult ParseLine(string line, LogParseContext context);

    /// <inheritdoc />
    public virtual double Sniff(InputSample sample, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.IsDirectory)
            return 0;
        int ok = 0, counted = 0;
        foreach (var line in sample.Lines)
        {
            var r = ParseLine(line, context);
            if (r.IsIgnored)
                continue;
            counted++;
            if (!r.IsMalformed)
                ok++;
        }
        return counted == 0 ? 0 : (double)ok / counted;
    }

    /// <inheritdoc />
    public virtual IEnumerable<LineOutcome> Read(LogInput input, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = input.OpenText();
        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            yield return new LineOutcome(number, line, ParseLine(line, context));
        }
    }
}
