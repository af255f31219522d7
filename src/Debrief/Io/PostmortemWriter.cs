// Writes a postmortem back to text: an unchanged parsed document gives back the same bytes (the round trip).
using System.Text;
using Debrief.Model;

namespace Debrief.Io;

/// <summary>Turns a <see cref="Postmortem"/> back into its document.</summary>
public static class PostmortemWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The document text. The parser keeps the exact source (line endings, BOM, trailing spaces, tabs), so an
    /// unchanged document is written back as it was read.
    /// </summary>
    public static string ToText(Postmortem postmortem)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        return postmortem.Source;
    }

    /// <summary>The document as bytes: UTF-8, with a BOM only if the source had one.</summary>
    public static byte[] ToBytes(Postmortem postmortem) => Utf8NoBom.GetBytes(ToText(postmortem));

    /// <summary>Writes the document atomically.</summary>
    public static void Save(Postmortem postmortem, string path, bool overwrite) =>
        AtomicWriter.Write(path, ToText(postmortem), overwrite);
}
