// The stable JSON of `debrief show`: the element report keyed by element key, the word count and the parsed model.
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Debrief.Model;

namespace Debrief.Json;

/// <summary>Writes a postmortem and its element report as JSON (documented in docs/format.md).</summary>
public static class PostmortemJson
{
    /// <summary>The JSON text, indented.</summary>
    public static string Write(Postmortem postmortem, ElementReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(writer, postmortem, report);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the document object.</summary>
    public static void Write(Utf8JsonWriter w, Postmortem pm, ElementReport report)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(pm);
        ArgumentNullException.ThrowIfNull(report);
        w.WriteStartObject();
        w.WriteString("path", pm.Path);
        w.WriteString("title", pm.Title);
        w.WriteNumber("words", pm.Words);
        WriteElements(w, report);
        WriteFrontMatter(w, pm.FrontMatter);
        w.WriteStartArray("sections");
        foreach (var s in pm.Sections)
        {
            w.WriteStartObject();
            w.WriteString("kind", Snake(s.Kind.ToString()));
            w.WriteString("heading", s.Heading);
            w.WriteNumber("level", s.Level);
            w.WriteString("style", Snake(s.Style.ToString()));
            w.WriteNumber("line", s.HeadingLine);
            w.WriteNumber("last_line", s.LastLine);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteSummary(w, pm.Summary, pm.Times);
        WriteIncident(w, pm.Times);
        WriteFact(w, "document_timezone", pm.DocumentTimezone, v => w.WriteStringValue(v));
        w.WriteStartArray("timeline");
        foreach (var e in pm.Timeline)
        {
            w.WriteStartObject();
            w.WriteString("time_text", e.TimeText);
            WritePlacedFields(w, e.Placed, pm.Times);
            if (e.Group is { } group) w.WriteNumber("group", group); else w.WriteNull("group");
            w.WriteString("text", e.Text);
            w.WriteString("kind", Snake(e.Kind.ToString()));
            w.WriteNumber("line", e.Span.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("root_cause");
        WriteFact(w, "cause", pm.RootCause.Cause, v => w.WriteStringValue(v));
        WriteFact(w, "trigger", pm.RootCause.Trigger, v => w.WriteStringValue(v));
        WriteFact(w, "resolution", pm.RootCause.Resolution, v => w.WriteStringValue(v));
        w.WriteEndObject();
        w.WriteStartArray("improvements");
        foreach (var i in pm.Improvements)
        {
            w.WriteStartObject();
            w.WriteString("text", i.Text);
            w.WriteNumber("line", i.Span.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("action_items");
        foreach (var a in pm.ActionItems)
        {
            w.WriteStartObject();
            w.WriteString("text", a.Text);
            w.WriteString("owner", a.Owner);
            w.WriteString("due", a.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("type", a.Type);
            w.WriteString("ticket", a.Ticket);
            if (a.Done is { } done) w.WriteBoolean("done", done); else w.WriteNull("done");
            w.WriteNumber("line", a.Span.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("images");
        foreach (var i in pm.Images)
        {
            w.WriteStartObject();
            w.WriteString("url", i.Url);
            w.WriteString("alt", i.Alt);
            w.WriteNumber("line", i.Span.Line);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var warning in pm.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("code", warning.Code);
            w.WriteString("message", warning.Message);
            if (warning.Span.IsKnown) w.WriteNumber("line", warning.Span.Line); else w.WriteNull("line");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes the <c>elements</c> object: one property per element key, each {found, line, text}.</summary>
    public static void WriteElements(Utf8JsonWriter w, ElementReport report)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(report);
        w.WriteStartObject("elements");
        foreach (var r in report.Results)
        {
            w.WriteStartObject(r.Key);
            w.WriteBoolean("found", r.Found);
            if (r.Line is { } line) w.WriteNumber("line", line); else w.WriteNull("line");
            w.WriteString("text", r.Text);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, SummaryFacts s, Chronology times)
    {
        w.WriteStartObject("summary");
        WriteFact(w, "start", s.Start, v => WritePlaced(w, v, times));
        WriteFact(w, "end", s.End, v => WritePlaced(w, v, times));
        WriteFact(w, "timezone", s.Timezone, v => w.WriteStringValue(v));
        WriteFact(w, "duration_minutes", s.Duration, v => w.WriteNumberValue(Math.Round(v.TotalMinutes, 2)));
        WriteFact(w, "impact", s.Impact, v => w.WriteStringValue(v));
        WriteFact(w, "affected_percentage", s.AffectedPercentage, v => w.WriteNumberValue(Math.Round(v, 2)));
        WriteFact(w, "root_cause", s.RootCause, v => w.WriteStringValue(v));
        w.WriteEndObject();
    }

    /// <summary>The <c>incident</c> object: the window, detection, mitigation and duration as placed on the axis (what
    /// the page's card and diagram show and the time rules check).</summary>
    private static void WriteIncident(Utf8JsonWriter w, Chronology t)
    {
        w.WriteStartObject("incident");
        WritePlacedOrNull(w, "start", t.WindowStart, t);
        WritePlacedOrNull(w, "end", t.WindowEnd, t);
        w.WriteString("start_source", t.WindowStart is null ? null : t.Start is null ? "timeline" : "stated");
        w.WriteString("end_source", t.WindowEnd is null ? null
            : t.End is null ? "timeline" : t.EndSource == WindowSource.StartPlusDuration ? "start_plus_duration" : "stated");
        WritePlacedOrNull(w, "detected", t.Detected, t);
        WritePlacedOrNull(w, "mitigated", t.Mitigated, t);
        if (t.Duration is { } d) w.WriteNumber("duration_minutes", Math.Round(d.TotalMinutes, 2)); else w.WriteNull("duration_minutes");
        w.WriteBoolean("duration_stated", t.DurationStated);
        w.WriteString("dates", Snake(t.Dates.ToString()));
        if (t.Offset is { } o) w.WriteString("axis_offset", Offset(o)); else w.WriteNull("axis_offset");
        w.WriteEndObject();
    }

    private static void WritePlacedOrNull(Utf8JsonWriter w, string name, PlacedTime? time, Chronology times)
    {
        if (time is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WritePropertyName(name);
        WritePlaced(w, time, times);
    }

    /// <summary>A placed time: <c>{local_time, date, date_source, offset, time, day, axis_minutes}</c>.</summary>
    private static void WritePlaced(Utf8JsonWriter w, PlacedTime time, Chronology times)
    {
        w.WriteStartObject();
        WritePlacedFields(w, time, times);
        w.WriteEndObject();
    }

    /// <summary>The time of day as written, the date only when the document gives or implies one (never a placeholder),
    /// where the date comes from, the offset, the instant (only with a full date and an offset), the axis day (0 = the
    /// first) and the minutes from the axis's first midnight (comparable across every time of the document).</summary>
    private static void WritePlacedFields(Utf8JsonWriter w, PlacedTime time, Chronology times)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteString("local_time", time.LocalTime.ToString(time.LocalTime.Second == 0 ? "HH:mm" : "HH:mm:ss", inv));
        w.WriteString("date", time.Date?.ToString());
        w.WriteString("date_source", Snake(time.DateSource.ToString()));
        if (time.Offset is { } o) w.WriteString("offset", Offset(o)); else w.WriteNull("offset");
        w.WriteString("time", time.Instant?.ToString("yyyy-MM-ddTHH:mm:sszzz", inv));
        w.WriteNumber("day", times.DayOf(time.At));
        w.WriteNumber("axis_minutes", times.MinutesOf(time.At));
    }

    /// <summary>"+00:00", "-07:00", "+05:30".</summary>
    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    private static void WriteFact<T>(Utf8JsonWriter w, string name, Fact<T>? fact, Action<T> value)
    {
        if (fact is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WritePropertyName("value");
        value(fact.Value);
        w.WriteString("text", fact.Text);
        if (fact.Span.IsKnown) w.WriteNumber("line", fact.Span.Line); else w.WriteNull("line");
        w.WriteEndObject();
    }

    private static void WriteFrontMatter(Utf8JsonWriter w, FrontMatter? fm)
    {
        if (fm is null)
        {
            w.WriteNull("front_matter");
            return;
        }
        w.WriteStartObject("front_matter");
        w.WriteString("title", fm.Title);
        w.WriteString("id", fm.Id);
        w.WriteString("status", fm.Status);
        w.WriteString("severity", fm.Severity);
        WriteList(w, "services", fm.Services);
        WriteInstant(w, "started", fm.Started);
        WriteInstant(w, "detected", fm.Detected);
        WriteInstant(w, "ended", fm.Ended);
        w.WriteString("timezone", fm.Timezone);
        if (fm.Impact is { } impact)
        {
            w.WriteStartObject("impact");
            if (impact.UsersAffectedPct is { } u) w.WriteNumber("users_affected_pct", u); else w.WriteNull("users_affected_pct");
            if (impact.RequestsFailedPct is { } r) w.WriteNumber("requests_failed_pct", r); else w.WriteNull("requests_failed_pct");
            w.WriteString("summary", impact.Summary);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("impact");
        }
        w.WriteString("root_cause_category", fm.RootCauseCategory);
        WriteList(w, "authors", fm.Authors);
        WriteList(w, "reviewers", fm.Reviewers);
        WriteList(w, "tags", fm.Tags);
        w.WriteString("image", fm.Image);
        w.WriteStartObject("extra");
        foreach (var (k, v) in fm.Extra.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteString(k, v);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteInstant(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v) w.WriteString(name, v.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>"RootCauseAndResolution" → "root_cause_and_resolution".</summary>
    public static string Snake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
