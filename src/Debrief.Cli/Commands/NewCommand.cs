// `debrief new [FILE] [--profile brief|sre] [--title] [--start] [--end] [--timezone] [--force]`: a new postmortem
// from the profile's template; asks for missing values on a terminal; never replaces a file without --force.
using System.CommandLine;
using System.Globalization;
using Debrief.Io;
using Debrief.Parsing;
using Debrief.Templates;

namespace Debrief.Cli.Commands;

internal static class NewCommand
{
    /// <summary>Whether to prompt; tests and pipes are never interactive.</summary>
    internal static Func<TextWriter, bool> IsInteractive { get; set; } =
        output => ReferenceEquals(output, Console.Out) && !Console.IsInputRedirected && !Console.IsOutputRedirected;

    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "Where to write the postmortem; standard output when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var profile = new Option<string>("--profile") { Description = "Template profile.", DefaultValueFactory = _ => "brief" };
        profile.AcceptOnlyFromAmong([.. PostmortemTemplates.Profiles]);
        var title = new Option<string?>("--title") { Description = "Title of the incident." };
        var start = new Option<string?>("--start") { Description = "Start of the outage (ISO 8601, e.g. 2025-03-01T14:05+01:00 or \"2025-03-01 14:05\")." };
        var end = new Option<string?>("--end") { Description = "End of the outage (ISO 8601)." };
        var timezone = new Option<string?>("--timezone") { Description = "Timezone of the times (UTC, PST, GMT+1, Europe/Paris)." };
        var force = new Option<bool>("--force") { Description = "Replace FILE if it exists." };
        var command = new Command("new", "Write a new postmortem from a template.") { file, profile, title, start, end, timezone, force };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(file);
            var overwrite = parse.GetValue(force);
            if (path is not null && !overwrite && File.Exists(path))
                throw InputException.ForOutput(path, "already exists; use {option:force} to replace it", ErrorCodes.Exists);
            var interactive = IsInteractive(output);
            var titleValue = parse.GetValue(title) ?? Ask(interactive, output, "Title");
            var zoneText = parse.GetValue(timezone) ?? Ask(interactive, output, "Timezone (UTC, PST, GMT+1, Europe/Paris)");
            var zone = zoneText is null ? null : ParseZone(zoneText);
            var startValue = ParseTime("--start", parse.GetValue(start) ?? Ask(interactive, output, "Start (e.g. 2025-03-01 14:05)"), zone);
            var endValue = ParseTime("--end", parse.GetValue(end) ?? Ask(interactive, output, "End (e.g. 2025-03-01 15:20)"), zone);
            if (startValue is { } s && endValue is { } e && e < s)
                throw InputException.ForOption("end", "ends before {option:start}");
            var text = PostmortemTemplates.Render(parse.GetValue(profile)!, new TemplateValues(titleValue, startValue, endValue, zoneText));
            if (path is null)
            {
                output.Write(text);
                return CliApp.ExitOk;
            }
            AtomicFile.WriteText(path, text, overwrite ? WriteOptions.Replace : WriteOptions.CreateNew);
            output.WriteLine($"wrote {path}");
            return CliApp.ExitOk;
        });
        return command;
    }

    private static string? Ask(bool interactive, TextWriter output, string question)
    {
        if (!interactive) return null;
        output.Write($"{question} (empty to skip): ");
        output.Flush();
        var answer = Console.ReadLine()?.Trim();
        return string.IsNullOrEmpty(answer) ? null : answer;
    }

    private static ZoneRef ParseZone(string text)
    {
        var r = Timezones.Parse(text);
        if (!r.Success) throw InputException.ForOption("timezone", r.Error ?? "not a timezone");
        return r.Value;
    }

    private static DateTimeOffset? ParseTime(string option, string? text, ZoneRef? zone)
    {
        if (text is null) return null;
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var instant))
            return instant;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var local))
        {
            var offset = zone?.OffsetAt(local) ?? TimeSpan.Zero;
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
        }
        throw InputException.ForOption(option, $"'{text}' is not a date-time (use ISO 8601, e.g. 2025-03-01T14:05+01:00)");
    }

    private static bool HasOffset(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text.Trim(), @"(?:Z|[+-]\d{2}:?\d{2})$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
}
