// Finds and reads the .debrief.yml in force for a document (walking up from its folder) and the options it yields, once.
using System.Collections.Concurrent;
using Debrief.Linting;
using Debrief.Linting.Profiles;
using Debrief.Pipeline;

namespace Debrief.Io;

/// <summary>
/// The edge between files and the pipeline: for a document path, the config in force (<c>--config</c>, else the
/// nearest <c>.debrief.yml</c>, else defaults), the profile (resolved once per config, so a bad <c>--profile</c> is
/// one error per run) and the document's asset resolver. Caches per folder; safe to use from several threads.
/// </summary>
public sealed class ConfigDiscovery
{
    private readonly LintConfig? _explicitConfig;
    private readonly string? _profile;
    private readonly string _workingDirectory;
    private readonly ConcurrentDictionary<string, LintConfig> _configByDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<LintConfig, Lazy<Profile>> _profileByConfig = new(ReferenceEqualityComparer.Instance);

    /// <summary>A discovery; <paramref name="explicitConfig"/> (from <c>--config</c>) wins over discovered files,
    /// <paramref name="profile"/> (from <c>--profile</c>) over the config's profile.</summary>
    public ConfigDiscovery(LintConfig? explicitConfig = null, string? profile = null, string? workingDirectory = null)
    {
        _explicitConfig = explicitConfig;
        _profile = profile;
        _workingDirectory = workingDirectory ?? Directory.GetCurrentDirectory();
    }

    /// <summary>The config in force for a document (null path: stdin, looked up from the working directory).</summary>
    public LintConfig ConfigFor(string? documentPath)
    {
        if (_explicitConfig is not null)
            return _explicitConfig;
        var directory = documentPath is null or "-"
            ? _workingDirectory
            : Path.GetDirectoryName(Path.GetFullPath(documentPath, _workingDirectory)) ?? _workingDirectory;
        return _configByDirectory.GetOrAdd(directory, static d => Find(d) is { } file ? Load(file) : LintConfig.Empty);
    }

    /// <summary>The pipeline options for a document: its config, the profile resolved once, its folder's assets.</summary>
    /// <exception cref="InputException">The config is invalid or the profile unknown.</exception>
    public AnalysisOptions OptionsFor(string? documentPath)
    {
        var config = ConfigFor(documentPath);
        var profile = _profileByConfig.GetOrAdd(config, c => new Lazy<Profile>(() => c.ResolveProfile(_profile))).Value;
        return new AnalysisOptions
        {
            Config = config,
            Profile = profile,
            Assets = FolderAssets.ForDocument(documentPath is null or "-" ? null : Path.GetFullPath(documentPath, _workingDirectory)),
        };
    }

    /// <summary>Reads and analyses a document file ("-" reads <paramref name="stdin"/>).</summary>
    public AnalyzedDocument Analyze(string path, Stream? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = TextInput.ReadDocument(path, stdin);
        return Analyze(text, path);
    }

    /// <summary>Analyses text that belongs to <paramref name="path"/> (its config and links; "-" or null for stdin).</summary>
    public AnalyzedDocument Analyze(string text, string? path) =>
        DocumentPipeline.Analyze(text, path is "-" ? null : path, OptionsFor(path));

    /// <summary>The nearest <c>.debrief.yml</c> in <paramref name="directory"/> or a parent, or null.</summary>
    public static string? Find(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, LintConfig.FileName);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }

    /// <summary>Reads a config file.</summary>
    /// <exception cref="InputException">Unreadable or invalid.</exception>
    public static LintConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = TextInput.ReadDocument(path);
        }
        catch (InputException e)
        {
            throw new InputException(e.Error with { Source = ErrorSource.Config, Code = e.Error.Code }, e);
        }
        return LintConfig.Parse(text, path);
    }
}
