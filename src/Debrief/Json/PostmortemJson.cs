// The records of `debrief show --format json` and `render --format json` (docs/format.md): the parsed model and its element report.
using System.Globalization;
using System.Text.Json.Serialization;
using Debrief.Model;

namespace Debrief.Json;

/// <summary>
/// One postmortem as JSON: the element report keyed by element key, the word count and the parsed model.
/// Written by <c>debrief show --format json</c> and <c>debrief render --format json</c>; the archive server
/// returns it. Property names are snake_case (<see cref="DebriefJsonContext"/>); the shape is documented in
/// docs/format.md.
/// </summary>
/// <param name="Path">The path the document was read from; null for stdin or in-memory text.</param>
/// <param name="Title">The title (front matter, else the first heading); null when there is none.</param>
/// <param name="Words">Prose words (front matter, code, markup and URLs excluded).</param>
/// <param name="Elements">One entry per element key, in <see cref="ElementKeys.All"/> order.</param>
/// <param name="FrontMatter">The YAML front matter, or null when the document has none.</param>
/// <param name="Sections">The sections in source order.</param>
/// <param name="Summary">The Issue Summary facts.</param>
/// <param name="Incident">The incident window, detection, mitigation and duration as placed on the document's one time axis.</param>
/// <param name="DocumentTimezone">The timezone stated once for the document ("all times UTC"), or null.</param>
/// <param name="Timeline">The timeline entries in source order.</param>
/// <param name="RootCause">The root cause narrative.</param>
/// <param name="Improvements">Broad improvements of the measures.</param>
/// <param name="ActionItems">Specific tasks with their metadata.</param>
/// <param name="Images">Images and diagrams.</param>
/// <param name="Warnings">What the parser noticed but tolerated (DBP001...).</param>
public sealed record PostmortemJson(
    string? Path,
    string? Title,
    int Words,
    IReadOnlyDictionary<string, ElementJson> Elements,
    FrontMatterJson? FrontMatter,
    IReadOnlyList<SectionJson> Sections,
    SummaryJson Summary,
    IncidentWindowJson Incident,
    FactJson<string>? DocumentTimezone,
    IReadOnlyList<TimelineEntryJson> Timeline,
    RootCauseJson RootCause,
    IReadOnlyList<ImprovementJson> Improvements,
    IReadOnlyList<ActionItemJson> ActionItems,
    IReadOnlyList<ImageJson> Images,
    IReadOnlyList<WarningJson> Warnings)
{
    /// <summary>The <c>schema_version</c> this build writes (documented in docs/format.md, "Changes").</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The shape's version: raised when a field is renamed or removed, not when one is added.</summary>
    [JsonPropertyOrder(-1)]
    [JsonRequired]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The record of a parsed postmortem and its element report.</summary>
    public static PostmortemJson From(Postmortem postmortem, ElementReport report)
    {
        ArgumentNullException.ThrowIfNull(postmortem);
        ArgumentNullException.ThrowIfNull(report);
        return new PostmortemJson(
            postmortem.Path,
            postmortem.Title,
            postmortem.Words,
            ElementJson.From(report),
            FrontMatterJson.From(postmortem.FrontMatter),
            [.. postmortem.Sections.Select(SectionJson.From)],
            SummaryJson.From(postmortem.Summary, postmortem.Times),
            IncidentWindowJson.From(postmortem.Times),
            FactJson.From(postmortem.DocumentTimezone),
            [.. postmortem.Timeline.Select(e => TimelineEntryJson.From(e, postmortem.Times))],
            RootCauseJson.From(postmortem.RootCause),
            [.. postmortem.Improvements.Select(ImprovementJson.From)],
            [.. postmortem.ActionItems.Select(ActionItemJson.From)],
            [.. postmortem.Images.Select(ImageJson.From)],
            [.. postmortem.Warnings.Select(WarningJson.From)]);
    }
}

/// <summary>Whether the document satisfies one element (PRODUCT section 1), and the evidence.</summary>
/// <param name="Found">True when the element is present.</param>
/// <param name="Line">1-based line of the evidence, or null.</param>
/// <param name="Text">The text that satisfied the element (clipped to 200 characters) or, when missing, why.</param>
public sealed record ElementJson(bool Found, int? Line, string? Text)
{
    /// <summary>The <c>elements</c> object: element key → result, in the documented key order.</summary>
    public static IReadOnlyDictionary<string, ElementJson> From(ElementReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var elements = new OrderedDictionary<string, ElementJson>(StringComparer.Ordinal);
        foreach (var r in report.Results)
            elements.Add(r.Key, new ElementJson(r.Found, r.Line, r.Text));
        return elements;
    }
}

/// <summary>A fact with where it came from: the value, the text it was read from and its line.</summary>
/// <typeparam name="T">The value's type (text, instant, wall-clock time, number).</typeparam>
/// <param name="Value">The value read.</param>
/// <param name="Text">The source text the value was read from.</param>
/// <param name="Line">1-based line, or null when the fact has no place in the source.</param>
public sealed record FactJson<T>(T Value, string Text, int? Line);

/// <summary>Maps model facts to <see cref="FactJson{T}"/>.</summary>
public static class FactJson
{
    /// <summary>The fact as it is, or null.</summary>
    public static FactJson<T>? From<T>(Fact<T>? fact) => From(fact, v => v);

    /// <summary>The fact with its value converted (a duration as minutes), or null.</summary>
    public static FactJson<TOut>? From<TIn, TOut>(Fact<TIn>? fact, Func<TIn, TOut> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return fact is null ? null : new FactJson<TOut>(value(fact.Value), fact.Text, LineOf(fact.Span));
    }

    /// <summary>The span's 1-based line, or null when the span is not in the source.</summary>
    public static int? LineOf(SourceSpan span) => span.IsKnown ? span.Line : null;
}

/// <summary>One section: its recognised kind, heading and lines.</summary>
/// <param name="Kind">What the section is about (<c>summary</c>, <c>timeline</c>, <c>root_cause_and_resolution</c>, ...).</param>
/// <param name="Heading">The heading as written, markup removed.</param>
/// <param name="Level">1-6 for real headings, 7 for bold-paragraph, plain-line and list-item headings.</param>
/// <param name="Style">How the heading was written (<c>atx</c>, <c>setext</c>, <c>html</c>, <c>bold_paragraph</c>, <c>plain_line</c>, <c>list_item</c>).</param>
/// <param name="Line">1-based line of the heading.</param>
/// <param name="LastLine">1-based last line of the section, sub-sections included.</param>
public sealed record SectionJson(SectionKind Kind, string Heading, int Level, HeadingStyle Style, int Line, int LastLine)
{
    /// <summary>The record of a section.</summary>
    public static SectionJson From(Section section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new SectionJson(section.Kind, section.Heading, section.Level, section.Style, section.HeadingLine, section.LastLine);
    }
}

/// <summary>The Issue Summary facts; each is null when the document does not give it.</summary>
/// <param name="Start">The start as written in the summary, placed on the document's axis.</param>
/// <param name="End">The end as written in the summary, placed on the document's axis.</param>
/// <param name="Timezone">The timezone as written.</param>
/// <param name="DurationMinutes">The duration as stated, in minutes (2 decimals).</param>
/// <param name="Impact">The impact statement.</param>
/// <param name="AffectedPercentage">The share of users affected, 0-100 (2 decimals).</param>
/// <param name="RootCause">The root cause sentence of the summary.</param>
public sealed record SummaryJson(
    FactJson<PlacedTimeJson>? Start,
    FactJson<PlacedTimeJson>? End,
    FactJson<string>? Timezone,
    FactJson<double>? DurationMinutes,
    FactJson<string>? Impact,
    FactJson<double>? AffectedPercentage,
    FactJson<string>? RootCause)
{
    /// <summary>The record of the summary facts; times are placed on <paramref name="times"/>.</summary>
    public static SummaryJson From(SummaryFacts summary, Chronology times)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(times);
        return new SummaryJson(
            FactJson.From(summary.Start, t => PlacedTimeJson.From(t, times)),
            FactJson.From(summary.End, t => PlacedTimeJson.From(t, times)),
            FactJson.From(summary.Timezone),
            FactJson.From(summary.Duration, d => Math.Round(d.TotalMinutes, 2)),
            FactJson.From(summary.Impact),
            FactJson.From(summary.AffectedPercentage, p => Math.Round(p, 2)),
            FactJson.From(summary.RootCause));
    }
}

/// <summary>A time placed on the document's one axis (docs/format.md, "Placed times"); undated stays undated.</summary>
/// <param name="LocalTime">The time of day as written, in its own zone (<c>"16:30"</c>, <c>"16:30:15"</c>).</param>
/// <param name="Date">Its date: <c>"2024-06-05"</c>, <c>"--06-05"</c> (no year given) or null (no date given); never a placeholder.</param>
/// <param name="DateSource">Where the date comes from: <c>written</c>, <c>context</c> (assumed) or <c>none</c>.</param>
/// <param name="Offset">Its UTC offset (<c>"+00:00"</c>), or null.</param>
/// <param name="Time">The instant, only when a full date and an offset are both known.</param>
/// <param name="Day">Its day on the document's axis, 0 = the first.</param>
/// <param name="AxisMinutes">Minutes from midnight of day 0 on the axis: every placed time of a document compares by it.</param>
public sealed record PlacedTimeJson(string LocalTime, string? Date, DateSource DateSource, string? Offset, DateTimeOffset? Time, int Day, double AxisMinutes)
{
    /// <summary>The record of a placed time on the axis <paramref name="times"/>.</summary>
    public static PlacedTimeJson From(PlacedTime time, Chronology times)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(times);
        return new PlacedTimeJson(
            time.LocalTime.ToString(time.LocalTime.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture),
            time.Date?.ToString(), time.DateSource, time.Offset is { } o ? OffsetText(o) : null, time.Instant,
            times.DayOf(time.At), times.MinutesOf(time.At));
    }

    /// <summary>"+00:00", "-07:00", "+05:30".</summary>
    public static string OffsetText(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}

/// <summary>The incident as the page shows it: the window, detection, mitigation and duration, placed once.</summary>
/// <param name="Start">The window's start, or null.</param>
/// <param name="End">The window's end, or null.</param>
/// <param name="StartSource"><c>stated</c> (the summary or front matter) or <c>timeline</c>; null without a start.</param>
/// <param name="EndSource"><c>stated</c>, <c>start_plus_duration</c> or <c>timeline</c>; null without an end.</param>
/// <param name="Detected">When the incident was detected, or null.</param>
/// <param name="Mitigated">When it was mitigated, or null.</param>
/// <param name="DurationMinutes">The duration in minutes (2 decimals), or null.</param>
/// <param name="DurationStated">True when the duration is the written one rather than end - start.</param>
/// <param name="Dates">How much of the calendar the document gives: <c>full</c>, <c>month_day</c>, <c>none</c>.</param>
/// <param name="AxisOffset">The UTC offset of the axis, or null when the axis is wall clock as written.</param>
public sealed record IncidentWindowJson(
    PlacedTimeJson? Start,
    PlacedTimeJson? End,
    string? StartSource,
    string? EndSource,
    PlacedTimeJson? Detected,
    PlacedTimeJson? Mitigated,
    double? DurationMinutes,
    bool DurationStated,
    AxisDates Dates,
    string? AxisOffset)
{
    /// <summary>The record of a document's chronology.</summary>
    public static IncidentWindowJson From(Chronology t)
    {
        ArgumentNullException.ThrowIfNull(t);
        PlacedTimeJson? Placed(PlacedTime? time) => time is null ? null : PlacedTimeJson.From(time, t);
        return new IncidentWindowJson(
            Placed(t.WindowStart),
            Placed(t.WindowEnd),
            t.WindowStart is null ? null : t.Start is null ? "timeline" : "stated",
            t.WindowEnd is null ? null : t.End is null ? "timeline" : t.EndSource == WindowSource.StartPlusDuration ? "start_plus_duration" : "stated",
            Placed(t.Detected),
            Placed(t.Mitigated),
            t.Duration is { } d ? Math.Round(d.TotalMinutes, 2) : null,
            t.DurationStated,
            t.Dates,
            t.Offset is { } o ? PlacedTimeJson.OffsetText(o) : null);
    }
}

/// <summary>One timeline entry; its time is placed on the document's axis (the fields of <see cref="PlacedTimeJson"/>).</summary>
/// <param name="TimeText">The time as written ("10:45 AM PST").</param>
/// <param name="LocalTime">The time of day as written.</param>
/// <param name="Date">Its date, or null when none is given; never a placeholder.</param>
/// <param name="DateSource">Where the date comes from: <c>written</c>, <c>context</c>, <c>none</c>.</param>
/// <param name="Offset">Its UTC offset, or null.</param>
/// <param name="Time">The instant, only with a full date and an offset.</param>
/// <param name="Day">Its day on the axis, 0 = the first.</param>
/// <param name="AxisMinutes">Minutes from midnight of day 0 on the axis; an entry with fewer than the previous entry of its
/// group is out of order (exactly the DB010 findings of <c>debrief lint</c>).</param>
/// <param name="Group">Which timeline it belongs to (0 = the first), or null for a remark outside the order.</param>
/// <param name="Text">The entry without its time.</param>
/// <param name="Kind">The guessed kind (<c>detection</c>, <c>action</c>, <c>misleading_path</c>, ...).</param>
/// <param name="Line">1-based line of the entry.</param>
public sealed record TimelineEntryJson(
    string TimeText, string LocalTime, string? Date, DateSource DateSource, string? Offset, DateTimeOffset? Time, int Day, double AxisMinutes,
    int? Group, string Text, TimelineEntryKind Kind, int Line)
{
    /// <summary>The record of a timeline entry placed on <paramref name="times"/>.</summary>
    public static TimelineEntryJson From(TimelineEntry entry, Chronology times)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var p = PlacedTimeJson.From(entry.Placed, times);
        return new TimelineEntryJson(entry.TimeText, p.LocalTime, p.Date, p.DateSource, p.Offset, p.Time, p.Day, p.AxisMinutes,
            entry.Group, entry.Text, entry.Kind, entry.Span.Line);
    }
}

/// <summary>The root cause narrative; each part is null when not found.</summary>
/// <param name="Cause">The root cause.</param>
/// <param name="Trigger">What set it off.</param>
/// <param name="Resolution">How it was resolved.</param>
public sealed record RootCauseJson(FactJson<string>? Cause, FactJson<string>? Trigger, FactJson<string>? Resolution)
{
    /// <summary>The record of the root cause analysis.</summary>
    public static RootCauseJson From(RootCauseAnalysis rootCause)
    {
        ArgumentNullException.ThrowIfNull(rootCause);
        return new RootCauseJson(FactJson.From(rootCause.Cause), FactJson.From(rootCause.Trigger), FactJson.From(rootCause.Resolution));
    }
}

/// <summary>A broad improvement ("improve capacity planning").</summary>
/// <param name="Text">The improvement as written.</param>
/// <param name="Line">1-based line.</param>
public sealed record ImprovementJson(string Text, int Line)
{
    /// <summary>The record of an improvement.</summary>
    public static ImprovementJson From(Improvement improvement)
    {
        ArgumentNullException.ThrowIfNull(improvement);
        return new ImprovementJson(improvement.Text, improvement.Span.Line);
    }
}

/// <summary>A specific task with the metadata a team tracks; metadata not given is null.</summary>
/// <param name="Text">The task, metadata removed.</param>
/// <param name="Owner">"@name" or a team.</param>
/// <param name="Due">The due date.</param>
/// <param name="Type"><c>prevent</c>, <c>mitigate</c>, <c>detect</c> or <c>process</c>.</param>
/// <param name="Ticket">The ticket reference.</param>
/// <param name="Done">True/false for task-list items, null otherwise.</param>
/// <param name="Line">1-based line.</param>
public sealed record ActionItemJson(string Text, string? Owner, DateOnly? Due, string? Type, string? Ticket, bool? Done, int Line)
{
    /// <summary>The record of an action item.</summary>
    public static ActionItemJson From(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ActionItemJson(item.Text, item.Owner, item.Due, item.Type, item.Ticket, item.Done, item.Span.Line);
    }
}

/// <summary>An image or diagram.</summary>
/// <param name="Url">The address as written.</param>
/// <param name="Alt">The alt text.</param>
/// <param name="Line">1-based line.</param>
public sealed record ImageJson(string Url, string Alt, int Line)
{
    /// <summary>The record of an image.</summary>
    public static ImageJson From(ImageRef image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return new ImageJson(image.Url, image.Alt, image.Span.Line);
    }
}

/// <summary>Something the parser noticed but could tolerate.</summary>
/// <param name="Code">The warning code (DBP001...; docs/format.md, "Parser warnings").</param>
/// <param name="Message">What was noticed.</param>
/// <param name="Line">1-based line, or null for the whole document.</param>
public sealed record WarningJson(string Code, string Message, int? Line)
{
    /// <summary>The record of a parser warning.</summary>
    public static WarningJson From(ParseWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        return new WarningJson(warning.Code, warning.Message, FactJson.LineOf(warning.Span));
    }
}

/// <summary>The YAML front matter as read; keys not given are null (lists: empty).</summary>
/// <param name="Title">The incident title.</param>
/// <param name="Id">The team's reference ("INC-42").</param>
/// <param name="Status"><c>draft</c>, <c>in-review</c> or <c>published</c>.</param>
/// <param name="Severity">The severity as written ("SEV2").</param>
/// <param name="Services">Services involved.</param>
/// <param name="Started">When the incident started.</param>
/// <param name="Detected">When it was detected.</param>
/// <param name="Ended">When it ended.</param>
/// <param name="Timezone">The zone of the document's times as written.</param>
/// <param name="Impact">The impact figures.</param>
/// <param name="RootCauseCategory">The root cause category ("config", "capacity").</param>
/// <param name="Authors">Authors.</param>
/// <param name="Reviewers">Reviewers.</param>
/// <param name="Tags">Tags.</param>
/// <param name="Image">A picture for the document.</param>
/// <param name="Extra">Unknown keys, sorted by key.</param>
public sealed record FrontMatterJson(
    string? Title,
    string? Id,
    string? Status,
    string? Severity,
    IReadOnlyList<string> Services,
    DateTimeOffset? Started,
    DateTimeOffset? Detected,
    DateTimeOffset? Ended,
    string? Timezone,
    FrontMatterImpactJson? Impact,
    string? RootCauseCategory,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Reviewers,
    IReadOnlyList<string> Tags,
    string? Image,
    IReadOnlyDictionary<string, string> Extra)
{
    /// <summary>The record of the front matter, or null without one.</summary>
    public static FrontMatterJson? From(FrontMatter? fm)
    {
        if (fm is null)
            return null;
        var extra = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in fm.Extra.OrderBy(p => p.Key, StringComparer.Ordinal))
            extra.Add(key, value);
        return new FrontMatterJson(
            fm.Title, fm.Id, fm.Status, fm.Severity, fm.Services,
            fm.Started, fm.Detected, fm.Ended, fm.Timezone,
            fm.Impact is { } impact ? new FrontMatterImpactJson(impact.UsersAffectedPct, impact.RequestsFailedPct, impact.Summary) : null,
            fm.RootCauseCategory, fm.Authors, fm.Reviewers, fm.Tags, fm.Image, extra);
    }
}

/// <summary>The front matter's <c>impact</c> mapping.</summary>
/// <param name="UsersAffectedPct">Share of users affected, 0-100.</param>
/// <param name="RequestsFailedPct">Share of requests failed, 0-100.</param>
/// <param name="Summary">The impact in words.</param>
public sealed record FrontMatterImpactJson(double? UsersAffectedPct, double? RequestsFailedPct, string? Summary);
