// Reads the YAML front matter (YamlDotNet's YamlStream, no reflection) into FrontMatter; YAML errors carry their line.
using System.Globalization;
using Debrief.Io;
using Debrief.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Debrief.Parsing;

/// <summary>Turns front matter YAML into <see cref="FrontMatter"/>.</summary>
public static class FrontMatterReader
{
    /// <summary>Parses <paramref name="yaml"/>, whose first line is document line <paramref name="firstLine"/>.</summary>
    /// <exception cref="InputException">The YAML is malformed (with its document line) or not a mapping.</exception>
    public static FrontMatter Read(string yaml, int firstLine, SourceSpan span, string? path, List<ParseWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(warnings);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var line = firstLine + (int)Math.Max(0, e.Start.Line - 1);
            throw InputException.ForFile(path, line, $"front matter is not valid YAML: {FirstLine(e.Message)}", ErrorCodes.FrontMatter, e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner gives up this way on some malformed flow collections (e.g. an unclosed '[')
            // and on some event sequences its representation model does not support (found by fuzzing).
            throw InputException.ForFile(path, firstLine, "front matter is not valid YAML: unbalanced brackets or indentation", ErrorCodes.FrontMatter, e);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new FrontMatter { Span = span };
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw InputException.ForFile(path, firstLine, "front matter must be a YAML mapping (key: value lines)", ErrorCodes.FrontMatter);

        int LineOf(YamlNode node) => firstLine + (int)node.Start.Line - 1;
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var extra = new Dictionary<string, string>(StringComparer.Ordinal);
        var fm = new FrontMatter { Span = span };
        string? timezone = null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() ?? "";
            if (key == "timezone") timezone = Scalar(value);
        }
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() ?? "";
            if (key.Length == 0) continue;
            keyLines[key] = LineOf(keyNode);
            switch (key)
            {
                case "title": fm = fm with { Title = Scalar(value) }; break;
                case "id": fm = fm with { Id = Scalar(value) }; break;
                case "status": fm = fm with { Status = Scalar(value) }; break;
                case "severity": fm = fm with { Severity = Scalar(value) }; break;
                case "services": fm = fm with { Services = List(value) }; break;
                case "started": fm = fm with { Started = Instant(value, timezone, LineOf(value), key, warnings) }; break;
                case "detected": fm = fm with { Detected = Instant(value, timezone, LineOf(value), key, warnings) }; break;
                case "ended": fm = fm with { Ended = Instant(value, timezone, LineOf(value), key, warnings) }; break;
                case "timezone": fm = fm with { Timezone = timezone }; break;
                case "impact": fm = fm with { Impact = Impact(value, LineOf(value), warnings) }; break;
                case "root_cause_category": fm = fm with { RootCauseCategory = Scalar(value) }; break;
                case "authors": fm = fm with { Authors = List(value) }; break;
                case "reviewers": fm = fm with { Reviewers = List(value) }; break;
                case "tags": fm = fm with { Tags = List(value) }; break;
                case "image": fm = fm with { Image = Scalar(value) }; break;
                default: extra[key] = value is YamlScalarNode s ? s.Value ?? "" : value.ToString(); break;
            }
        }
        return fm with { KeyLines = keyLines, Extra = extra };
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    /// <summary>A scalar's text; empty values and template placeholders ("TODO") are absent.</summary>
    private static string? Scalar(YamlNode node) =>
        node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value) && !IsPlaceholder(s.Value) ? s.Value.Trim() : null;

    private static bool IsPlaceholder(string value) =>
        value.Trim().Equals("TODO", StringComparison.OrdinalIgnoreCase) || value.Trim().Equals("TBD", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> List(YamlNode node) => node switch
    {
        YamlSequenceNode seq => seq.Children.Select(Scalar).Where(v => v is not null).Select(v => v!).ToList(),
        YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => s.Value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList(),
        _ => [],
    };

    private static DateTimeOffset? Instant(YamlNode node, string? timezone, int line, string key, List<ParseWarning> warnings)
    {
        var text = Scalar(node);
        if (text is null) return null;
        var span = new SourceSpan(line, 1, 0, 0);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var instant)
            && HasOffset(text))
            return instant;
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            var zone = timezone is null ? null : Timezones.Parse(timezone);
            if (zone is { Success: true } && zone.Value.OffsetAt(local) is { } offset)
                return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
            warnings.Add(new ParseWarning("DBP003", $"front matter '{key}' has no offset and no usable 'timezone'; read as UTC", span));
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
        }
        warnings.Add(new ParseWarning("DBP004", $"front matter '{key}' is not an ISO 8601 date-time: '{text}'", span));
        return null;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-][0-9]{2}:?[0-9]{2}$");

    private static ImpactFacts? Impact(YamlNode node, int line, List<ParseWarning> warnings)
    {
        if (node is YamlScalarNode s) return new ImpactFacts(null, null, Scalar(s));
        if (node is not YamlMappingNode map) return null;
        double? users = null, requests = null;
        string? summary = null;
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            var text = Scalar(v);
            switch (key)
            {
                case "users_affected_pct": users = Number(text, key, line, warnings); break;
                case "requests_failed_pct": requests = Number(text, key, line, warnings); break;
                case "summary": summary = text; break;
            }
        }
        return new ImpactFacts(users, requests, summary);
    }

    private static double? Number(string? text, string key, int line, List<ParseWarning> warnings)
    {
        if (text is null) return null;
        if (double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        warnings.Add(new ParseWarning("DBP004", $"front matter 'impact.{key}' is not a number: '{text}'", new SourceSpan(line, 1, 0, 0)));
        return null;
    }
}
