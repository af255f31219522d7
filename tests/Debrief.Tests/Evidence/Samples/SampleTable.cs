// What a reader's sample table is: sample lines and the records (time, fields) or malformed reason each must give.
using System.Text;
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

/// <summary>A sample line and what the reader must make of it: records at a time (ISO, with the offset), a malformed
/// reason, or nothing (neither set: a blank, header or continuation line). Fields left null are not checked.</summary>
public sealed record Sample(string Line, string? Time = null, string? Bad = null, int? Status = null, string? Text = null,
    string? Client = null, string? Method = null, string? Path = null, double? Latency = null, MessageSeverity? Severity = null,
    string? Origin = null, EvidenceEventKind? Kind = null, string? End = null, int Records = 1)
{
    /// <summary>True when the line must give records.</summary>
    public bool Good => Time is not null;

    /// <summary>True when the line must give nothing.</summary>
    public bool Ignored => Time is null && Bad is null;
}

/// <summary>One reader's samples: every reader the catalog lists needs one (one class per reader in this folder), with at
/// least one good and one malformed sample. Found by the contract test by reflection over the test assembly.</summary>
public abstract class SampleTable
{
    /// <summary>The reader's <see cref="ILogReader.Name"/>.</summary>
    public abstract string Reader { get; }

    /// <summary>The samples, in input order.</summary>
    public abstract IReadOnlyList<Sample> Samples { get; }

    /// <summary>The context the samples are read in (offset, year, mapping, log_format).</summary>
    public virtual LogParseContext Context => LogParseContext.Default with { DefaultYear = 2025 };

    /// <summary>False for a reader that is chosen by an option, never by sniffing (nginx-format).</summary>
    public virtual bool Sniffable => true;

    /// <summary>The input holding <paramref name="samples"/>: by default their lines, LF-terminated, as a stream.</summary>
    public virtual LogInput Open(IReadOnlyList<Sample> samples) =>
        LogInput.FromStream($"{Reader}-samples", new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(samples.Select(s => s.Line + "\n")))));

    /// <summary>The outcome number (line, message) of sample <paramref name="index"/> when all samples are read.</summary>
    public virtual long OutcomeNumber(int index) => index + 1;

    /// <inheritdoc />
    public override string ToString() => Reader;
}
