// The contract every log format implements: a name, a sniff score for auto-detection, and reading to records.
using Debrief.Evidence.Scanning;

namespace Debrief.Evidence;

/// <summary>One line (or document) read, with its line number and outcome.</summary>
/// <param name="LineNumber">1-based line number in the input.</param>
/// <param name="Text">The line text (kept for malformed samples).</param>
/// <param name="Result">What the reader made of it.</param>
public readonly record struct LineOutcome(long LineNumber, string Text, LineResult Result);

/// <summary>A log format: one class in Evidence/Readers, found at compile time by the reader-discovery generator and
/// listed in <see cref="ReaderCatalog"/>. Every reader needs a sample table (tests/Debrief.Tests/Evidence/Samples) and a
/// row in docs/evidence.md; the reader contract test fails without them.</summary>
public interface ILogReader
{
    /// <summary>The stable name used by <c>--input-format</c> and in reports, e.g. "combined".</summary>
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

/// <summary>A capability a reader declares: it can scan a plain file in parallel chunks straight into the aggregate, with
/// the same counts as <see cref="ILogReader.Read"/> (the analyzer uses it for large uncompressed files).</summary>
internal interface IParallelScanReader : ILogReader
{
    /// <summary>Scans the whole file into the aggregate; malformed lines go to the tally.</summary>
    ScanResult Scan(PlainFile file, EvidenceAggregate aggregate, MalformedTally tally, ScanSettings settings);
}

/// <summary>Base for line-oriented formats: lines as <see cref="BlockLineReader"/> defines them, parsed one at a time.</summary>
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

    /// <summary>Parses one line given both as its bytes and as their text; formats parsed from bytes override this.</summary>
    private protected virtual LineResult ParseLine(ReadOnlySpan<byte> bytes, string text, LogParseContext context) => ParseLine(text, context);

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
        ArgumentNullException.ThrowIfNull(context);
        using var stream = input.OpenStream();
        var lines = new BlockLineReader(stream.Read, true, BlockLineReader.DefaultBlockBytes, context.MaxLineBytes);
        while (true)
        {
            var outcome = Next(lines, context);
            if (outcome is null)
                yield break;
            yield return outcome.Value;
        }
    }

    private LineOutcome? Next(BlockLineReader lines, LogParseContext context)
    {
        if (!lines.Next(out var line, out var tooLong))
            return null;
        if (tooLong)
            return new LineOutcome(lines.LineNumber, MalformedTally.SampleText(line), LineResult.Bad("line too long"));
        var text = RequestLine.Decode(line);
        return new LineOutcome(lines.LineNumber, text, ParseLine(line, text, context));
    }
}
