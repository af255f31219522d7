// Writes the normalised Markdown: front matter filled with derived facts, canonical section headings in the canonical order, bodies kept verbatim.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Debrief.Model;

namespace Debrief.Rendering;

/// <summary>
/// Normalised Debrief Markdown. Section bodies are copied byte for byte; only the front matter, the title and the
/// headings of recognised sections are rewritten, and recognised sections are put in the canonical order.
/// Unrecognised sections keep their heading and follow, in their original order.
/// </summary>
public static partial class MarkdownNormalizer
{
    /// <summary>The canonical order and heading of each recognised kind (the brief profile, with the SRE sections slotted in).</summary>
    public static IReadOnlyList<(SectionKind Kind, string Heading)> CanonicalSections { get; } =
    [
        (SectionKind.Summary, "Issue Summary"),
        (SectionKind.Impact, "Impact"),
        (SectionKind.Timeline, "Timeline"),
        (SectionKind.RootCauseAndResolution, "Root Cause and Resolution"),
        (SectionKind.RootCause, "Root Cause"),
        (SectionKind.Trigger, "Trigger"),
        (SectionKind.Resolution, "Resolution"),
        (SectionKind.Detection, "Detection"),
        (SectionKind.Measures, "Corrective and Preventative Measures"),
        (SectionKind.ActionItems, "Action Items"),
        (SectionKind.LessonsLearned, "Lessons Learned"),
        (SectionKind.SupportingInformation, "Supporting Information"),
    ];

    [GeneratedRegex(@"^[A-Za-z0-9@][A-Za-z0-9 _./@+()-]*$")]
    private static partial Regex PlainScalar();

    [GeneratedRegex(@"^(?:true|false|yes|no|on|off|null|~|y|n|[-+]?[0-9.]+(?:e[-+]?[0-9]+)?|\d{4}-\d\d-\d\d.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AmbiguousScalar();

    /// <summary>The normalised document.</summary>
    public static string Normalize(Postmortem postmortem)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        var facts = IncidentFacts.From(postmortem);
        var source = postmortem.Source;
        var sb = new StringBuilder(source.Length + 512);
        sb.Append(FrontMatterYaml(postmortem, facts));
        sb.Append("# ").Append(OneLine(facts.Title)).Append("\n\n");

        var (preamble, tops) = TopLevelSections(postmortem);
        AppendBody(sb, preamble);

        var ordered = new List<(Section Section, string Heading)>();
        foreach (var (kind, heading) in CanonicalSections)
        {
            var first = true;
            foreach (var section in tops.Where(s => s.Kind == kind))
            {
                ordered.Add((section, first ? heading : OneLine(section.Heading)));
                first = false;
            }
        }
        foreach (var section in tops.Where(s => CanonicalSections.All(c => c.Kind != s.Kind)))
            ordered.Add((section, OneLine(section.Heading)));

        foreach (var (section, heading) in ordered)
        {
            sb.Append("## ").Append(heading).Append("\n\n");
            var bodyStart = Math.Min(section.HeadingSpan.End, source.Length);
            var bodyEnd = Math.Clamp(section.Span.End, bodyStart, source.Length);
            AppendBody(sb, source[bodyStart..bodyEnd]);
        }
        var text = sb.ToString().TrimEnd('\n') + "\n";
        return text;
    }

    /// <summary>The text before the first section (after front matter and title) and the outermost non-title sections.</summary>
    private static (string Preamble, List<Section> Tops) TopLevelSections(Postmortem p)
    {
        var source = p.Source;
        var sections = p.Sections.Where(s => s.HeadingSpan.IsKnown).OrderBy(s => s.HeadingSpan.Start).ToList();
        var title = sections.FirstOrDefault(s => s.Kind == SectionKind.Title);
        var tops = new List<Section>();
        var coveredUntil = -1;
        foreach (var s in sections)
        {
            if (ReferenceEquals(s, title)) continue;
            if (s.HeadingSpan.Start < coveredUntil) continue;
            tops.Add(s);
            coveredUntil = s.Span.End;
        }
        var bodyStart = p.FrontMatter is { } fm && fm.Span.IsKnown ? fm.Span.End : 0;
        if (title is not null) bodyStart = Math.Max(bodyStart, title.HeadingSpan.End);
        var preambleEnd = tops.Count > 0 ? tops[0].HeadingSpan.Start : source.Length;
        var preamble = preambleEnd > bodyStart ? source[bodyStart..preambleEnd] : "";
        if (title is null && p.Title is { } t)
            preamble = DropLeadingTitleLine(preamble, t);
        return (preamble, tops);
    }

    /// <summary>Without a recognised title section, a first line that merely repeats the title is dropped (it is rewritten as "# title").</summary>
    private static string DropLeadingTitleLine(string text, string title)
    {
        var trimmed = text.TrimStart('\r', '\n', ' ');
        var end = trimmed.IndexOf('\n');
        var first = end < 0 ? trimmed : trimmed[..end];
        return PlainText.Clean(first.TrimStart('#', ' ')) == PlainText.Clean(title) ? (end < 0 ? "" : trimmed[(end + 1)..]) : text;
    }

    private static void AppendBody(StringBuilder sb, string body)
    {
        var trimmed = body.Trim('\r', '\n');
        if (trimmed.Trim().Length == 0) return;
        sb.Append(trimmed.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n\n");
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    /// <summary>The front matter block: the document's own keys, with facts derived from the prose filled in where missing.</summary>
    public static string FrontMatterYaml(Postmortem postmortem, IncidentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        ArgumentNullException.ThrowIfNull(facts);
        var fm = postmortem.FrontMatter ?? new FrontMatter();
        var sb = new StringBuilder("---\n");
        void Key(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) sb.Append(key).Append(": ").Append(Scalar(value)).Append('\n');
        }
        void Time(string key, DateTimeOffset? stated, DateTime? derived)
        {
            if (stated is { } s) sb.Append(key).Append(": ").Append(s.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n');
            // Only a fully dated time: an undated one has no date to write (never the axis's placeholder).
            else if (derived is { } d && !facts.WindowInferred && facts.Dates == AxisDates.Full) sb.Append(key).Append(": ").Append(FormatText.Iso(d, facts.Offset)).Append('\n');
        }
        void List(string key, IReadOnlyList<string> values)
        {
            if (values.Count == 0) return;
            sb.Append(key).Append(":\n");
            foreach (var v in values) sb.Append("  - ").Append(Scalar(v)).Append('\n');
        }
        Key("title", fm.Title ?? postmortem.Title ?? facts.Title);
        Key("id", fm.Id);
        Key("status", fm.Status ?? "draft");
        Key("severity", fm.Severity);
        List("services", fm.Services);
        Time("started", fm.Started, facts.Start);
        Time("detected", fm.Detected, facts.Detected);
        Time("ended", fm.Ended, facts.End);
        Key("timezone", fm.Timezone ?? facts.TimezoneLabel);
        var users = fm.Impact?.UsersAffectedPct ?? facts.UsersAffectedPct;
        var requests = fm.Impact?.RequestsFailedPct ?? facts.RequestsFailedPct;
        var summary = fm.Impact?.Summary ?? facts.Impact;
        if (users is not null || requests is not null || summary is not null)
        {
            sb.Append("impact:\n");
            if (users is { } u) sb.Append("  users_affected_pct: ").Append(u.ToString(CultureInfo.InvariantCulture)).Append('\n');
            if (requests is { } r) sb.Append("  requests_failed_pct: ").Append(r.ToString(CultureInfo.InvariantCulture)).Append('\n');
            if (summary is { } s) sb.Append("  summary: ").Append(Scalar(OneLine(s))).Append('\n');
        }
        Key("root_cause_category", fm.RootCauseCategory);
        List("authors", fm.Authors);
        List("reviewers", fm.Reviewers);
        List("tags", fm.Tags);
        Key("image", fm.Image);
        foreach (var (key, value) in fm.Extra.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            if (PlainScalar().IsMatch(key)) Key(key, value);
        sb.Append("---\n\n");
        return sb.ToString();
    }

    /// <summary>A YAML scalar: plain when unambiguous, otherwise double-quoted (JSON escapes are valid YAML).</summary>
    public static string Scalar(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (PlainScalar().IsMatch(value) && !AmbiguousScalar().IsMatch(value) && !value.EndsWith(' ')) return value;
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
