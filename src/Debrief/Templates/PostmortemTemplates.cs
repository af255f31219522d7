// The postmortem templates of `debrief new` (embedded Markdown files, one per profile) and how they are filled.
using System.Globalization;
using System.Text;

namespace Debrief.Templates;

/// <summary>What a new postmortem is filled with; missing values become TODO.</summary>
public sealed record TemplateValues(string? Title, DateTimeOffset? Start, DateTimeOffset? End, string? Timezone);

/// <summary>Renders the built-in templates.</summary>
public static class PostmortemTemplates
{
    /// <summary>The profiles with a template.</summary>
    public static IReadOnlyList<string> Profiles { get; } = ["brief", "sre"];

    /// <summary>The filled template of a profile.</summary>
    public static string Render(string profile, TemplateValues values)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(values);
        if (!Profiles.Contains(profile)) throw new ArgumentException($"unknown profile '{profile}'", nameof(profile));
        var template = Load(profile + ".md");
        var inv = CultureInfo.InvariantCulture;
        string Iso(DateTimeOffset? t) => t?.ToString("yyyy-MM-ddTHH:mm:sszzz", inv) ?? "TODO";
        string Clock(DateTimeOffset? t) => t?.ToString("HH:mm", inv) ?? "TODO";
        var zone = values.Timezone ?? (values.Start is { } s ? (s.Offset == TimeSpan.Zero ? "UTC" : "UTC" + s.ToString("zzz", inv)) : "TODO");
        var window = values.Start is { } start && values.End is { } end
            ? $"{start.ToString("yyyy-MM-dd HH:mm", inv)} to {(end.Date == start.Date ? end.ToString("HH:mm", inv) : end.ToString("yyyy-MM-dd HH:mm", inv))} {zone}"
            : "TODO start and end times with timezone";
        var duration = values.Start is { } a && values.End is { } b && b >= a ? Describe(b - a) : "TODO duration";
        // The title and zone are user text: one line, and quoted in the front matter when YAML needs it ("a: b", "#").
        var title = OneLine(values.Title) ?? "TODO title";
        var timezone = OneLine(values.Timezone) ?? "TODO";
        return template
            .Replace("{{title_yaml}}", Rendering.MarkdownNormalizer.Scalar(title), StringComparison.Ordinal)
            .Replace("{{timezone_yaml}}", Rendering.MarkdownNormalizer.Scalar(timezone), StringComparison.Ordinal)
            .Replace("{{title}}", title, StringComparison.Ordinal)
            .Replace("{{started}}", Iso(values.Start), StringComparison.Ordinal)
            .Replace("{{ended}}", Iso(values.End), StringComparison.Ordinal)
            .Replace("{{timezone}}", timezone, StringComparison.Ordinal)
            .Replace("{{window}}", window, StringComparison.Ordinal)
            .Replace("{{duration}}", duration, StringComparison.Ordinal)
            .Replace("{{start_time}}", Clock(values.Start), StringComparison.Ordinal)
            .Replace("{{end_time}}", Clock(values.End), StringComparison.Ordinal);
    }

    private static string? OneLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>"2 hours and 15 minutes".</summary>
    public static string Describe(TimeSpan span)
    {
        var parts = new List<string>();
        if (span.Days > 0) parts.Add(Plural(span.Days, "day"));
        if (span.Hours > 0) parts.Add(Plural(span.Hours, "hour"));
        if (span.Minutes > 0 || parts.Count == 0) parts.Add(Plural(span.Minutes, "minute"));
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
    }

    private static string Plural(int n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? "" : "s")}");

    private static string Load(string file)
    {
        var assembly = typeof(PostmortemTemplates).Assembly;
        using var stream = assembly.GetManifestResourceStream("Debrief.Templates." + file)
            ?? throw new InvalidOperationException($"template {file} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
