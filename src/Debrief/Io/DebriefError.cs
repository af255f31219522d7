// Errors as values: what went wrong with the user's input, where (file, stdin, option, config, output) and a stable code.
using System.Text.RegularExpressions;

namespace Debrief.Io;

/// <summary>Where a bad input came from; decides how a face (CLI, server, editor) shows the location.</summary>
public enum ErrorSource
{
    /// <summary>A document or evidence file (<see cref="DebriefError.Path"/> names it).</summary>
    File,
    /// <summary>Standard input.</summary>
    Stdin,
    /// <summary>A command option or API parameter (<see cref="DebriefError.Option"/> names it, without dashes).</summary>
    Option,
    /// <summary>A configuration file (<c>.debrief.yml</c>).</summary>
    Config,
    /// <summary>A file being written (an output path).</summary>
    Output,
}

/// <summary>
/// A user mistake as a value. The core never names a command-line flag in <see cref="Message"/>: an option is
/// referred to as <c>{option:input-format}</c>, and each face renders the reference its own way (the CLI as
/// <c>--input-format</c>, the server as a parameter name) with <see cref="Render"/>.
/// </summary>
/// <param name="Code">Stable identifier, e.g. <c>DBE001</c> (see <see cref="ErrorCodes"/>).</param>
/// <param name="Source">What kind of input was wrong.</param>
/// <param name="Message">What was expected, in one sentence; may contain <c>{option:name}</c> references.</param>
public sealed partial record DebriefError(string Code, ErrorSource Source, string Message)
{
    /// <summary>The file concerned (for File, Config and Output), or null.</summary>
    public string? Path { get; init; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The option concerned (for Option errors), without dashes: <c>map</c>, <c>input-format</c>.</summary>
    public string? Option { get; init; }

    /// <summary>A document or evidence file error.</summary>
    public static DebriefError InFile(string code, string? path, int? line, string message) =>
        new(code, path is null or "-" ? ErrorSource.Stdin : ErrorSource.File, message) { Path = path is "-" ? null : path, Line = line };

    /// <summary>An option error.</summary>
    public static DebriefError InOption(string code, string option, string message) =>
        new(code, ErrorSource.Option, message) { Option = option.TrimStart('-') };

    /// <summary>A config file error.</summary>
    public static DebriefError InConfig(string code, string? path, int? line, string message) =>
        new(code, ErrorSource.Config, message) { Path = path, Line = line };

    /// <summary>An output file error.</summary>
    public static DebriefError InOutput(string code, string path, string message) =>
        new(code, ErrorSource.Output, message) { Path = path };

    /// <summary>The option names referred to in <see cref="Message"/> (and <see cref="Option"/>).</summary>
    public IEnumerable<string> OptionReferences()
    {
        if (Option is not null)
            yield return Option;
        foreach (Match m in OptionReference().Matches(Message))
            yield return m.Groups[1].Value;
    }

    /// <summary>
    /// "location: message" with option references rendered by <paramref name="optionName"/> (default: <c>--name</c>):
    /// <c>notes.md:3: front matter ...</c>, <c>&lt;stdin&gt;: ...</c>, <c>--map: expected FIELD=NAME</c>.
    /// </summary>
    public string Render(Func<string, string>? optionName = null)
    {
        optionName ??= static name => "--" + name;
        var message = OptionReference().Replace(Message, m => optionName(m.Groups[1].Value));
        var where = Source switch
        {
            ErrorSource.Option => Option is null ? null : optionName(Option),
            ErrorSource.Stdin => "<stdin>",
            _ => Path,
        };
        if (where is null)
            return message;
        return Line is int l ? $"{where}:{l}: {message}" : $"{where}: {message}";
    }

    [GeneratedRegex(@"\{option:([a-z][a-z0-9-]*)\}")]
    private static partial Regex OptionReference();
}

/// <summary>The error codes, one per kind of mistake (documented in docs/limits.md and docs/format.md).</summary>
public static class ErrorCodes
{
    /// <summary>A path that does not exist.</summary>
    public const string NotFound = "DBE001";
    /// <summary>A folder where a file was expected, or the reverse.</summary>
    public const string WrongKind = "DBE002";
    /// <summary>Binary or non-UTF-8 content.</summary>
    public const string NotText = "DBE003";
    /// <summary>Over a size limit.</summary>
    public const string TooLarge = "DBE004";
    /// <summary>The file could not be read (permissions, I/O).</summary>
    public const string Unreadable = "DBE005";
    /// <summary>Front matter that is not valid YAML or not a mapping.</summary>
    public const string FrontMatter = "DBE010";
    /// <summary>A config file that is not valid.</summary>
    public const string Config = "DBE020";
    /// <summary>An unknown profile.</summary>
    public const string UnknownProfile = "DBE021";
    /// <summary>An option value that is not valid.</summary>
    public const string BadOption = "DBE030";
    /// <summary>Evidence that cannot be read (format unknown, malformed beyond use).</summary>
    public const string Evidence = "DBE040";
    /// <summary>An output that cannot or must not be written.</summary>
    public const string Output = "DBE050";
    /// <summary>An output that exists and needs --force.</summary>
    public const string Exists = "DBE051";
    /// <summary>A file that changed on disk after it was read.</summary>
    public const string Changed = "DBE052";
    /// <summary>An external program (Chromium) that failed.</summary>
    public const string External = "DBE060";
    /// <summary>Anything else the user can fix.</summary>
    public const string Input = "DBE099";
}
