// Timezone expressions: abbreviations (table in Vocabulary/timezones.tsv), UTC/GMT offsets, names, IANA ids.
using System.Globalization;
using System.Text.RegularExpressions;

namespace Debrief.Parsing;

/// <summary>A timezone as written and what it means.</summary>
/// <param name="Text">As written, e.g. "PST", "GMT+1", "Pacific Time".</param>
/// <param name="Offset">The UTC offset, when fixed (null for an IANA zone whose offset depends on the date).</param>
/// <param name="Name">Readable name ("Pacific Standard Time", "UTC+01:00").</param>
/// <param name="IanaId">The IANA zone id when one was written ("Europe/Paris").</param>
/// <param name="AmbiguousWith">Other readings of an ambiguous abbreviation (IST, CST), or null.</param>
public sealed record ZoneRef(string Text, TimeSpan? Offset, string Name, string? IanaId = null, string? AmbiguousWith = null)
{
    /// <summary>True when the abbreviation has several common readings.</summary>
    public bool IsAmbiguous => AmbiguousWith is not null;

    /// <summary>The offset at a local wall-clock time (resolves IANA zones).</summary>
    public TimeSpan? OffsetAt(DateTime local)
    {
        if (Offset is { } fixedOffset) return fixedOffset;
        if (IanaId is null) return null;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(IanaId).GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}

/// <summary>A timezone abbreviation of the table.</summary>
public sealed record TimezoneAbbreviation(string Abbreviation, TimeSpan Offset, string Name, string? OtherReadings);

/// <summary>Parses and finds timezone expressions.</summary>
public static partial class Timezones
{
    private static readonly Lazy<IReadOnlyDictionary<string, TimezoneAbbreviation>> Table = new(LoadTable);
    private static readonly Lazy<IReadOnlyList<(string Phrase, string Abbreviation)>> Names = new(() =>
        Vocabularies.Rows("timezone-names.tsv").Where(r => r.Length >= 2).Select(r => (r[0], r[1]))
            .OrderByDescending(r => r.Item1.Length).ToList());

    private static readonly Lazy<System.Buffers.SearchValues<string>> NameSearch = new(() =>
        System.Buffers.SearchValues.Create(Names.Value.Select(n => n.Phrase).ToArray(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The abbreviation table (Vocabulary/timezones.tsv).</summary>
    public static IReadOnlyDictionary<string, TimezoneAbbreviation> Abbreviations => Table.Value;

    /// <summary>Parses a whole timezone expression: "UTC", "(PST)", "GMT+1", "UTC-05:00", "Pacific Time", "Europe/Paris".</summary>
    public static ParseResult<ZoneRef> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().Trim('(', ')', '[', ']').Trim();
        if (t.Length == 0) return ParseResult<ZoneRef>.Fail("empty timezone");
        var m = OffsetRegex().Match(t);
        if (m.Success && m.Length == t.Length) return FromOffsetMatch(m, t);
        if (Table.Value.TryGetValue(t.ToUpperInvariant(), out var abbreviation) && IsAbbreviationCasing(t))
            return ParseResult<ZoneRef>.Ok(FromAbbreviation(t, abbreviation));
        var lower = t.ToLowerInvariant();
        foreach (var (phrase, abbr) in Names.Value)
        {
            if (lower == phrase || lower == phrase + "s")
                return ParseResult<ZoneRef>.Ok(FromAbbreviation(t, Table.Value[abbr]));
        }
        if (IanaRegex().IsMatch(t))
        {
            try
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(t);
                return ParseResult<ZoneRef>.Ok(new ZoneRef(t, null, zone.Id, IanaId: t));
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                return ParseResult<ZoneRef>.Fail($"unknown timezone '{t}'");
            }
        }
        return ParseResult<ZoneRef>.Fail($"unknown timezone '{t}'");
    }

    /// <summary>Finds the first timezone mentioned anywhere in a text (abbreviation, offset or name).</summary>
    public static ZoneMatch? FindFirst(string text) => FindAll(text).FirstOrDefault();

    /// <summary>Finds every timezone mentioned in a text, in order.</summary>
    public static IEnumerable<ZoneMatch> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<ZoneMatch>();
        foreach (Match m in OffsetRegex().Matches(text))
        {
            if (!IsWordBoundary(text, m.Index, m.Length)) continue;
            var r = FromOffsetMatch(m, m.Value);
            if (r.Success) found.Add(new ZoneMatch(m.Index, m.Length, r.Value));
        }
        foreach (Match m in WordRegex().Matches(text))
        {
            // Abbreviations are written in capitals: test the casing first, so ordinary words cost no lookup.
            if (m.Length == 1 || !IsAbbreviationCasing(m.Value)) continue;
            if (found.Any(f => m.Index >= f.Index && m.Index < f.Index + f.Length)) continue;
            if (Table.Value.TryGetValue(m.Value.ToUpperInvariant(), out var abbreviation))
                found.Add(new ZoneMatch(m.Index, m.Length, FromAbbreviation(m.Value, abbreviation)));
        }
        var lower = text.AsSpan().IndexOfAny(NameSearch.Value) >= 0 ? text.ToLowerInvariant() : "";
        foreach (var (phrase, abbr) in lower.Length == 0 ? [] : Names.Value)
        {
            var at = 0;
            while ((at = lower.IndexOf(phrase, at, StringComparison.Ordinal)) >= 0)
            {
                var length = phrase.Length;
                if (IsWordBoundary(text, at, length) && !found.Any(f => at < f.Index + f.Length && f.Index < at + length))
                    found.Add(new ZoneMatch(at, length, FromAbbreviation(text.Substring(at, length), Table.Value[abbr])));
                at += length;
            }
        }
        foreach (Match m in IanaRegex().Matches(text))
        {
            var r = Parse(m.Value);
            if (r.Success && !found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length))
                found.Add(new ZoneMatch(m.Index, m.Length, r.Value));
        }
        return found.OrderBy(f => f.Index);
    }

    private static bool IsAbbreviationCasing(string t) => t.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static bool IsWordBoundary(string text, int index, int length) =>
        (index == 0 || !char.IsLetterOrDigit(text[index - 1])) &&
        (index + length >= text.Length || !char.IsLetterOrDigit(text[index + length]));

    private static ZoneRef FromAbbreviation(string text, TimezoneAbbreviation a) =>
        new(text, a.Offset, a.Name, AmbiguousWith: a.OtherReadings);

    private static ParseResult<ZoneRef> FromOffsetMatch(Match m, string text)
    {
        var hours = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59) return ParseResult<ZoneRef>.Fail($"offset out of range in '{text}'");
        var offset = new TimeSpan(hours, minutes, 0);
        if (m.Groups["sign"].Value is "-" or "−" or "–") offset = -offset;
        var name = "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        return ParseResult<ZoneRef>.Ok(new ZoneRef(text, offset, name));
    }

    private static IReadOnlyDictionary<string, TimezoneAbbreviation> LoadTable()
    {
        var table = new Dictionary<string, TimezoneAbbreviation>(StringComparer.Ordinal);
        foreach (var row in Vocabularies.Rows("timezones.tsv"))
        {
            if (row.Length < 3) continue;
            var offset = TimeSpan.Parse(row[1].TrimStart('+'), CultureInfo.InvariantCulture);
            var other = row.Length > 3 && row[3].Trim().Length > 0 ? row[3].Trim() : null;
            table[row[0]] = new TimezoneAbbreviation(row[0], offset, row[2], other);
        }
        return table;
    }

    [GeneratedRegex(@"(?:UTC|GMT)\s*(?<sign>[+\-−–])\s*(?<h>[0-9]{1,2})(?::?(?<m>[0-9]{2}))?")]
    private static partial Regex OffsetRegex();

    [GeneratedRegex(@"(?<![\w/])[A-Za-z]{1,5}(?![\w/])")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"(?<![\w/])(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[A-Za-z_]+(?:/[A-Za-z_]+)?")]
    private static partial Regex IanaRegex();
}

/// <summary>A timezone found in a text.</summary>
public sealed record ZoneMatch(int Index, int Length, ZoneRef Zone);
