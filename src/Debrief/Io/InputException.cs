// The one exception type for user mistakes: a file, a line and what was expected; the CLI prints it and exits 2.
namespace Debrief.Io;

/// <summary>A problem with the user's input, reported as <c>path:line: message</c> without a stack trace.</summary>
public sealed class InputException : Exception
{
    public InputException(string? path, int? line, string message, Exception? inner = null)
        : base(message, inner)
    {
        InputPath = path;
        Line = line;
    }

    /// <summary>The file concerned, or null for stdin / arguments.</summary>
    public string? InputPath { get; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; }

    /// <summary>"path:line: message", the form every command prints.</summary>
    public string Describe()
    {
        var where = InputPath ?? "<stdin>";
        return Line is int l ? $"{where}:{l}: {Message}" : $"{where}: {Message}";
    }
}
