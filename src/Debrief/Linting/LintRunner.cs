// Parses, detects elements and lints one document with the nearest config; the one entry point for CLI, web and tests.
using System.Collections.Concurrent;
using Debrief.Elements;
using Debrief.Io;
using Debrief.Parsing;

namespace Debrief.Linting;

/// <summary>Lints documents end to end (parse → element report → rules → score), caching config per folder; safe to use from several threads.</summary>
public sealed class LintRunner
{
    private readonly Linter _linter;
    private readonly LintConfig? _explicitConfig;
    private readonly string? _profile;
    private readonly ConcurrentDictionary<string, LintConfig> _configByDirectory = new(StringComparer.Ordinal);

    /// <summary>A runner; <paramref name="config"/> (from --config) wins over discovered <c>.debrief.yml</c> files,
    /// <paramref name="profile"/> (from --profile) over the config's profile.</summary>
    public LintRunner(LintConfig? config = null, string? profile = null, Linter? linter = null)
    {
        _linter = linter ?? new Linter();
        _explicitConfig = config;
        _profile = profile;
    }

    /// <summary>Lints source text. <paramref name="path"/> (null for stdin) locates the config and relative links.</summary>
    public LintResult Lint(string source, string? path)
    {
        ArgumentNullException.ThrowIfNull(source);
        var config = ConfigFor(path);
        var profile = config.ResolveProfile(_profile);
        var document = PostmortemParser.Parse(source, path, config.ParseOptions);
        var elements = ElementDetector.Detect(document);
        return _linter.Lint(document, elements, profile, config);
    }

    /// <summary>Reads and lints a file ("-" reads stdin).</summary>
    public LintResult LintFile(string path, Stream? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var source = TextInput.ReadDocument(path, stdin);
        return Lint(source, path == "-" ? null : path);
    }

    /// <summary>The config in force for a document: --config, else the nearest .debrief.yml, else defaults.</summary>
    public LintConfig ConfigFor(string? path)
    {
        if (_explicitConfig is not null)
            return _explicitConfig;
        var directory = path is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return _configByDirectory.GetOrAdd(directory, static d => LintConfig.Find(d) is { } file ? LintConfig.Load(file) : LintConfig.Empty);
    }
}
