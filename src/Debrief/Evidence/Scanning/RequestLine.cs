// The HTTP request line of access logs ("GET /a?b HTTP/1.1"): method and path without the query, on bytes; lenient text decoding.
using System.Text;

namespace Debrief.Evidence.Scanning;

/// <summary>Splits request lines and decodes log bytes the same way for every reader and the parallel scan.</summary>
internal static class RequestLine
{
    private static readonly Encoding Lenient = new UTF8Encoding(false, false);

    /// <summary>"GET /a?b HTTP/1.1" to ("GET", "/a"); a method must be 1-16 upper-case ASCII letters, else both are empty.</summary>
    public static void Split(ReadOnlySpan<byte> request, out ReadOnlySpan<byte> method, out ReadOnlySpan<byte> path)
    {
        method = default;
        path = default;
        var sp = request.IndexOf((byte)' ');
        if (sp <= 0 || sp > 16)
            return;
        foreach (var c in request[..sp])
            if (c is < (byte)'A' or > (byte)'Z')
                return;
        method = request[..sp];
        var target = request[(sp + 1)..];
        var sp2 = target.IndexOf((byte)' ');
        if (sp2 >= 0)
            target = target[..sp2];
        var q = target.IndexOf((byte)'?');
        if (q >= 0)
            target = target[..q];
        path = target;
    }

    /// <summary>The path of a request line as text, or null when it has none.</summary>
    public static string? PathOf(ReadOnlySpan<byte> request)
    {
        Split(request, out _, out var path);
        return path.IsEmpty ? null : Decode(path);
    }

    /// <summary>Split on text (a request line inside a JSON or CSV field): the same rules, on its UTF-8 bytes.</summary>
    public static (string? Method, string? Path) Split(ReadOnlySpan<char> request)
    {
        var bytes = Encoding.UTF8.GetBytes(request.ToString());
        Split(bytes, out var method, out var path);
        return (method.IsEmpty ? null : Encoding.ASCII.GetString(method), path.IsEmpty ? null : Decode(path));
    }

    /// <summary>Bytes as text, invalid UTF-8 replaced by U+FFFD.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => Lenient.GetString(bytes);
}
