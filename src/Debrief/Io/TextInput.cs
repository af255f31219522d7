// Reads a postmortem document safely: size limit, directories, binary and non-UTF-8 files become InputExceptions.
using System.Text;

namespace Debrief.Io;

/// <summary>Reads text documents (Markdown) from disk or stdin with clear errors for bad input.</summary>
public static class TextInput
{
    /// <summary>Documents larger than this are refused (a postmortem is a few KB; 10 MB is surely a mistake).</summary>
    public const long MaxDocumentBytes = 10L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a document; "-" reads <paramref name="stdin"/> (the caller's standard input).</summary>
    public static string ReadDocument(string path, Stream? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        if (path == "-")
        {
            using var ms = new MemoryStream();
            var input = stdin ?? throw new InputException(DebriefError.InFile(ErrorCodes.NotFound, null, null, "standard input is not available here"));
            var buffer = new byte[81920];
            int n;
            while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                ms.Write(buffer, 0, n);
                if (ms.Length > MaxDocumentBytes)
                    throw InputException.ForFile(null, null, $"input is larger than the {MaxDocumentBytes / (1024 * 1024)} MB limit for a document", ErrorCodes.TooLarge);
            }
            bytes = ms.ToArray();
            return Decode(null, bytes);
        }

        if (Directory.Exists(path))
            throw InputException.ForFile(path, null, "is a directory, expected a Markdown file", ErrorCodes.WrongKind);
        if (!File.Exists(path))
            throw InputException.ForFile(path, null, "no such file", ErrorCodes.NotFound);
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.ForFile(path, null, $"cannot read: {e.Message}", ErrorCodes.Unreadable, e);
        }
        if (length > MaxDocumentBytes)
            throw InputException.ForFile(path, null, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"file is {length / (1024.0 * 1024):0.0} MB, over the {MaxDocumentBytes / (1024 * 1024)} MB limit for a document"), ErrorCodes.TooLarge);
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InputException.ForFile(path, null, $"cannot read: {e.Message}", ErrorCodes.Unreadable, e);
        }
        return Decode(path, bytes);
    }

    /// <summary>Decodes UTF-8 (BOM kept, so the round trip is exact), refusing binary and invalid bytes.</summary>
    public static string Decode(string? path, ReadOnlySpan<byte> bytes)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var line = 1 + bytes[..nul].Count((byte)'\n');
            throw InputException.ForFile(path, line, "looks like a binary file (NUL byte), expected UTF-8 text", ErrorCodes.NotText);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            var line = 1 + bytes[..at].Count((byte)'\n');
            throw InputException.ForFile(path, line, "is not valid UTF-8 text", ErrorCodes.NotText, e);
        }
    }
}
