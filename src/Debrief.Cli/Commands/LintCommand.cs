// `debrief lint PATH...`: lint postmortems (files, folders, globs, '-' for stdin); --fix / --fix --diff; exit 0/1/2.
using System.CommandLine;
using Debrief.Io;
using Debrief.Linting;
using Debrief.Linting.Fixes;
using Debrief.Linting.Output;

namespace Debrief.Cli.Commands;

internal static class LintCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Postmortems: files, folders (every .md below), globs (\"docs/**/*.md\"), or '-' for stdin.", Arity = ArgumentArity.OneOrMore };
        var profile = new Option<string?>("--profile") { Description = "Profile: brief (default), sre, or a custom profile from .debrief.yml." };
        var format = new Option<string>("--format") { Description = "Output format: text, json, sarif or github.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. LintFormatters.Names]);
        var failLevel = new Option<string>("--fail-level") { Description = "Exit 1 when a finding is at or above this severity: error, warning or info.", DefaultValueFactory = _ => "warning" };
        failLevel.AcceptOnlyFromAmong("error", "warning", "info");
        var fix = new Option<bool>("--fix") { Description = "Apply safe fixes in place (atomically), then report what is left." };
        var diff = new Option<bool>("--diff") { Description = "With --fix: print the fixes as a unified diff instead of writing them." };
        var config = new Option<string?>("--config") { Description = "Use this config file instead of the nearest .debrief.yml." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Files to lint at once (default: one per processor core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
                r.AddError("--jobs must be at least 1");
        });
        var command = new Command("lint", "Check postmortems against a profile's rules; print findings and a 0-100 score.")
        {
            paths, profile, format, failLevel, fix, diff, config, jobs,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var doFix = parse.GetValue(fix);
            var doDiff = parse.GetValue(diff);
            if (doDiff && !doFix)
            {
                error.WriteLine("debrief: --diff only makes sense with --fix");
                return CliApp.ExitUsage;
            }
            var operands = parse.GetValue(paths) ?? [];
            if (doFix && !doDiff && operands.Contains("-"))
            {
                error.WriteLine("debrief: cannot fix stdin in place; use --fix --diff");
                return CliApp.ExitUsage;
            }
            var configPath = parse.GetValue(config);
            var discovery = new ConfigDiscovery(configPath is null ? null : ConfigDiscovery.Load(configPath), parse.GetValue(profile));
            var files = InputFiles.Expand(operands);
            // Config and profile are resolved once per folder before any file is linted: a bad --profile or config is
            // one error for the run, not one per file.
            foreach (var folder in files.GroupBy(f => f == "-" ? "-" : Path.GetDirectoryName(Path.GetFullPath(f))).Select(g => g.First()))
                discovery.OptionsFor(folder);
            var colour = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
                         && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
            var formatter = doDiff ? null : LintFormatters.For(parse.GetValue(format)!, colour, VersionCommand.Version, PathBase());
            var threshold = SeverityNames.Parse(parse.GetValue(failLevel)) ?? Severity.Warning;
            var inputErrors = new List<string>();
            var findingsAtThreshold = false;
            formatter?.Begin(output);
            // Files are independent: lint a batch on every core, then report it in input order (deterministic output)
            // and let it go, so memory stays flat however many files there are.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = parse.GetValue(jobs) };
            var batch = new FileOutcome[Math.Min(files.Count, parallel.MaxDegreeOfParallelism * 64)];
            for (var start = 0; start < files.Count; start += batch.Length)
            {
                var count = Math.Min(batch.Length, files.Count - start);
                var first = start;
                Parallel.For(0, count, parallel, i => batch[i] = LintOne(discovery, files[first + i], doFix, doDiff));
                for (var i = 0; i < count; i++)
                {
                    var outcome = batch[i];
                    batch[i] = null!;
                    if (outcome.Diff is not null)
                        output.Write(outcome.Diff);
                    if (outcome.Error is not null)
                    {
                        error.WriteLine($"debrief: {outcome.Error}");
                        inputErrors.Add(outcome.Error);
                    }
                    if (outcome.Result is { } result)
                    {
                        formatter?.WriteFile(result, output);
                        findingsAtThreshold |= result.Result.Diagnostics.Any(d => d.Severity >= threshold);
                    }
                }
            }
            formatter?.End(inputErrors, output);
            if (inputErrors.Count > 0)
                return CliApp.ExitUsage;
            return findingsAtThreshold ? CliApp.ExitFindings : CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>
    /// What sarif and github paths are relative to: the repository checkout in GitHub Actions ($GITHUB_WORKSPACE),
    /// so that annotations and code-scanning results attach to repository files; else the current directory.
    /// </summary>
    private static string PathBase() =>
        Environment.GetEnvironmentVariable("GITHUB_WORKSPACE") is { Length: > 0 } workspace && Directory.Exists(workspace)
            ? workspace
            : Environment.CurrentDirectory;

    /// <summary>What linting one file produced: its result, the fix diff (with --fix --diff), or an input error.</summary>
    private sealed record FileOutcome(LintedFile? Result, string? Diff, string? Error);

    private static FileOutcome LintOne(ConfigDiscovery discovery, string path, bool doFix, bool doDiff)
    {
        try
        {
            var source = TextInput.ReadDocument(path, path == "-" ? CliApp.StandardInput : null);
            var result = discovery.Analyze(source, path).Lint!;
            string? diff = null;
            if (doFix)
            {
                var fixedText = FixApplier.Apply(source, result.Diagnostics, out var applied);
                if (applied > 0)
                {
                    if (doDiff)
                    {
                        var name = path == "-" ? "stdin" : path.Replace('\\', '/').TrimStart('/');
                        diff = UnifiedDiff.Create(source, fixedText, "a/" + name, "b/" + name);
                    }
                    else
                    {
                        // All or nothing, and never over an edit made since the file was read.
                        AtomicFile.WriteText(path, fixedText, new WriteOptions { Overwrite = true, ExpectedContent = source });
                    }
                    result = discovery.Analyze(fixedText, path).Lint!;
                }
            }
            return new FileOutcome(new LintedFile(path, result), diff, null);
        }
        catch (InputException e)
        {
            return new FileOutcome(null, null, CliApp.Describe(e.Error));
        }
    }
}
