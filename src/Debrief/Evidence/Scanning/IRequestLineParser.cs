// The byte-level contract between a request-log format and the parallel scanner: one line in, its request fields out.
using System.Text;

namespace Debrief.Evidence.Scanning;

/// <summary>The fields of one request line, as spans into the line (valid until the next line).</summary>
internal ref struct RequestFields
{
    /// <summary>The client address as written (hashed for distinct clients).</summary>
    public ReadOnlySpan<byte> Client;

    /// <summary>The request line ("GET /a?b HTTP/1.1"), or empty.</summary>
    public ReadOnlySpan<byte> Request;

    /// <summary>When, in unix seconds.</summary>
    public long UnixSecond;

    /// <summary>The offset the time was written in, minutes.</summary>
    public int OffsetMinutes;

    /// <summary>The HTTP status.</summary>
    public int Status;

    /// <summary>Request time in seconds, or NaN when the line has none.</summary>
    public double Latency;

    /// <summary>The record the fields make, as the record readers give it.</summary>
    public readonly RequestRecord ToRecord()
    {
        RequestLine.Split(Request, out var method, out var path);
        return new RequestRecord(ClfTime.ToTime(UnixSecond, OffsetMinutes), RequestLine.Decode(Client),
            method.IsEmpty ? null : Encoding.ASCII.GetString(method), path.IsEmpty ? null : RequestLine.Decode(path),
            Status, double.IsNaN(Latency) ? null : Latency)
        {
            ClientHash = ClientHashSet.Hash(Client),
        };
    }
}

/// <summary>What parsing one line gave.</summary>
internal enum LineKind
{
    /// <summary>A request: the fields are set.</summary>
    Request,
    /// <summary>Nothing to count (a blank line).</summary>
    Blank,
    /// <summary>Not a request of this format: the reason is set.</summary>
    Malformed,
}

/// <summary>Parses request lines from bytes. One instance per thread (it may cache, e.g. the last minute's time).</summary>
internal interface IRequestLineParser
{
    /// <summary>Parses one line (without its line end).</summary>
    LineKind Parse(ReadOnlySpan<byte> line, out RequestFields fields, out string? reason);
}
