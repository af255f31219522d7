// The archive cannot be used as asked: unreadable file, not a Debrief archive, bad connection string, server down.
namespace Debrief.Archive.Storage;

/// <summary>A problem with the archive location or database, for people (no stack trace needed).</summary>
public sealed class ArchiveException(string message, Exception? inner = null) : Exception(message, inner);
