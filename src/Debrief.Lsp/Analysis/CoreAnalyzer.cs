// The one place the language server calls the core: finds the config like the CLI, lints, and maps the result to the server's records.
using Debrief.Io;
using Debrief.Linting;
using Debrief.Linting.Fixes;
using Debrief.Linting.Output;
using Debrief.Pipeline;

namespace Debrief.Lsp.Analysis;

/// <summary>Lints through the one pipeline (<see cref="DocumentPipeline"/>), like the CLI. Config is the nearest <c>.debrief.yml</c> walking up from the
/// document's folder, looked up on every lint and re-read when its timestamp or size changes (so an edited config
/// applies at the next lint even without file-watch events).</summary>
internal sealed class CoreAnalyzer : IDocumentAnalyzer
{
    /// <summary>Where rule pages live by default (the repository's docs/rules, as in SARIF output).</summary>
    public static string DefaultRuleDocsBase => SarifFormatter.RulePagesUri;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTime Written, long Length, LintConfig Config, Linting.Profiles.Profile Profile)> _configs = new(StringComparer.Ordinal);
    private readonly Lazy<Linting.Profiles.Profile> _defaultProfile = new(() => LintConfig.Empty.ResolveProfile(null));

    public DocumentAnalysis Analyze(string text, string? path, string? configDirectory)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? configPath = null;
        try
        {
            var directory = path is not null ? Path.GetDirectoryName(Path.GetFullPath(path)) : configDirectory;
            configPath = directory is null ? null : ConfigDiscovery.Find(directory);
            var (config, profile) = ConfigFor(configPath);
            var analyzed = DocumentPipeline.Analyze(text, path, new AnalysisOptions
            {
                Config = config,
                Profile = profile,
                Assets = FolderAssets.ForDocument(path is null ? null : Path.GetFullPath(path)),
            });
            var result = analyzed.Lint!;
            var findings = result.Diagnostics.Select(ToFinding).ToList();
            var sections = result.Document.Sections
                .Select(s => new SectionOutline(s.Heading.Trim(), s.Kind == Model.SectionKind.Other ? null : s.Kind.ToString(), s.Level,
                    s.HeadingSpan.IsKnown ? s.HeadingSpan.Start : s.Span.Start, s.HeadingSpan.IsKnown ? s.HeadingSpan.Length : 0, s.Span.Start, s.Span.Length))
                .ToList();
            var elements = result.Elements.Results
                .Select(e => new ElementStatus(e.Key, e.Found, result.Profile.Requires(e.Key), e.Line, e.Text))
                .ToList();
            var diagnostics = result.Diagnostics;
            Lazy<string>? fixedText = diagnostics.Any(d => d.Fix is { Safe: true })
                ? new Lazy<string>(() => FixApplier.Apply(text, diagnostics, out _))
                : null;
            return new DocumentAnalysis(findings, sections, elements, result.Profile.Name, result.Score.Value, configPath, fixedText);
        }
        catch (InputException e)
        {
            // A broken .debrief.yml or an unknown profile: one finding that says where, like the CLI's message.
            return Failure("config", "config-error", $"config: {e.Describe()}", configPath);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failure("internal", "internal-error", $"internal error while linting: {e.GetType().Name}: {e.Message}", configPath);
        }
    }

    public RuleHelp? Rule(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return RuleCatalog.Find(id)?.Info is { } info
            ? new RuleHelp(info.Id, info.Name, info.Summary, info.Why, info.HowToFix, Map(info.Severity), info.Fixable)
            : null;
    }

    public void ConfigChanged()
    {
        lock (_gate)
            _configs.Clear();
    }

    private (LintConfig Config, Linting.Profiles.Profile Profile) ConfigFor(string? configPath)
    {
        if (configPath is null)
            return (LintConfig.Empty, _defaultProfile.Value);
        var file = new FileInfo(configPath);
        lock (_gate)
        {
            if (_configs.TryGetValue(configPath, out var cached) && cached.Written == file.LastWriteTimeUtc && cached.Length == file.Length)
                return (cached.Config, cached.Profile);
        }
        // Read outside the lock; a broken file throws InputException and is not cached (the next lint tries again).
        var config = ConfigDiscovery.Load(configPath);
        var profile = config.ResolveProfile(null);
        lock (_gate)
            _configs[configPath] = (file.LastWriteTimeUtc, file.Length, config, profile);
        return (config, profile);
    }

    private static Finding ToFinding(Diagnostic d) => new(
        d.Rule, d.Name, Documented: true, Map(d.Severity),
        d.Span.IsKnown ? d.Span.Start : null, d.Span.IsKnown ? d.Span.Length : 0, d.Line, d.Column, d.Message,
        d.Fix is { } f ? new FindingFix(f.Title, f.Safe, f.Edits.Select(e => new FindingEdit(e.Start, e.Length, e.NewText)).ToList()) : null);

    private static FindingSeverity Map(Severity severity) => severity switch
    {
        Severity.Error => FindingSeverity.Error,
        Severity.Warning => FindingSeverity.Warning,
        _ => FindingSeverity.Info,
    };

    private static DocumentAnalysis Failure(string rule, string name, string message, string? configPath) =>
        new([new Finding(rule, name, Documented: false, FindingSeverity.Error, null, 0, 1, 1, message, null)], [], [], null, null, configPath, null);
}
