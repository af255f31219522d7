// How values are spelled in every Debrief JSON document: times to the second (instants with their offset), enumerations in snake_case.
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Debrief.Json;

/// <summary>An instant as ISO 8601 to the second with its offset: <c>2025-03-14T13:47:00+01:00</c>.</summary>
public sealed class InstantJsonConverter : JsonConverter<DateTimeOffset>
{
    /// <summary>The format written.</summary>
    public const string Format = "yyyy-MM-dd'T'HH:mm:sszzz";

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
        && HasOffset(reader.GetString()!)
            ? value
            : throw new JsonException($"expected a time with an offset such as \"2025-03-14T13:47:00+01:00\"");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
    }

    // "...T13:47:00+01:00" or "...Z": a time without one would silently be read in the machine's zone.
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}

/// <summary>A time of day without a date, to the second: <c>16:30:00</c>.</summary>
public sealed class TimeOfDayJsonConverter : JsonConverter<TimeOnly>
{
    /// <summary>The format written.</summary>
    public const string Format = "HH:mm:ss";

    /// <inheritdoc />
    public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
        && TimeOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new JsonException($"expected a time of day such as \"16:30:00\"");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
    }
}

/// <summary>An enumeration as its snake_case member name (<c>RootCauseAndResolution</c> → <c>root_cause_and_resolution</c>);
/// numbers are refused on reading. AOT-safe: one closed converter per enumeration, registered in <see cref="DebriefJsonContext"/>.</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
public sealed class SnakeCaseEnumJsonConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;

/// <summary>The JSON spelling of single values, for text outputs that must match the JSON.</summary>
public static class JsonNames
{
    /// <summary>An enumeration member as the JSON writes it: <c>misleading_path</c>.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
