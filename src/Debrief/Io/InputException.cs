// The exception that carries a DebriefError out of deep code; every face catches it and shows the error, never a trace.
namespace Debrief.Io;

/// <summary>A user mistake, carried as <see cref="Error"/>; reported as <c>location: message</c> without a stack trace.</summary>
public sealed class InputException : Exception
{
    /// <summary>Wraps an error value.</summary>
    public InputException(DebriefError error, Exception? inner = null)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message, inner)
    {
        Error = error;
    }

    /// <summary>A file (or, with a null path, stdin) error with the generic input code.</summary>
    public InputException(string? path, int? line, string message, Exception? inner = null)
        : this(DebriefError.InFile(ErrorCodes.Input, path, line, message), inner)
    {
    }

    /// <summary>The error.</summary>
    public DebriefError Error { get; }

    /// <summary>The file concerned, or null for stdin and options.</summary>
    public string? InputPath => Error.Path;

    /// <summary>1-based line, when known.</summary>
    public int? Line => Error.Line;

    /// <summary>An option error (<c>{option:name}</c> references are rendered by the face).</summary>
    public static InputException ForOption(string option, string message, string code = ErrorCodes.BadOption, Exception? inner = null) =>
        new(DebriefError.InOption(code, option, message), inner);

    /// <summary>A document or evidence file error ("-" or null is stdin).</summary>
    public static InputException ForFile(string? path, int? line, string message, string code = ErrorCodes.Input, Exception? inner = null) =>
        new(DebriefError.InFile(code, path, line, message), inner);

    /// <summary>A config file error.</summary>
    public static InputException ForConfig(string? path, int? line, string message, string code = ErrorCodes.Config, Exception? inner = null) =>
        new(DebriefError.InConfig(code, path, line, message), inner);

    /// <summary>An output file error.</summary>
    public static InputException ForOutput(string path, string message, string code = ErrorCodes.Output, Exception? inner = null) =>
        new(DebriefError.InOutput(code, path, message), inner);

    /// <summary>"location: message" with options written as command-line flags.</summary>
    public string Describe() => Error.Render();
}
