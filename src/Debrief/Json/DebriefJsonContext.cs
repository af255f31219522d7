// The one System.Text.Json source-generated context of every Debrief JSON document: snake_case names, strict reading, AOT-safe.
using System.Text.Json.Serialization;
using Debrief.Evidence;
using Debrief.Linting;
using Debrief.Model;

namespace Debrief.Json;

/// <summary>
/// Serialization metadata for the JSON records (<see cref="PostmortemJson"/>, <see cref="LintFileJson"/>,
/// <see cref="EvidenceReportJson"/>), generated at compile time: no reflection, so it works under Native AOT and
/// trimming. Names are snake_case; times and enumerations are spelled by the converters of JsonValueConverters.cs.
/// Reading is strict: a property the record requires (every constructor parameter, <c>schema_version</c>) must be
/// present, and null only where the record allows it. Write with <see cref="DebriefJson"/>, or pass a type info of
/// <see cref="DebriefJson.Context"/> (this context with Debrief's encoder) to a serializer — an ASP.NET Core
/// <c>TypedResults.Json(value, DebriefJson.Context.LintFileJson)</c> — so that another naming policy never applies.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(InstantJsonConverter),
        typeof(TimeOfDayJsonConverter),
        typeof(SnakeCaseEnumJsonConverter<SectionKind>),
        typeof(SnakeCaseEnumJsonConverter<HeadingStyle>),
        typeof(SnakeCaseEnumJsonConverter<TimelineEntryKind>),
        typeof(SnakeCaseEnumJsonConverter<DateSource>),
        typeof(SnakeCaseEnumJsonConverter<AxisDates>),
        typeof(SnakeCaseEnumJsonConverter<Severity>),
        typeof(SnakeCaseEnumJsonConverter<EvidenceEventKind>),
    ])]
[JsonSerializable(typeof(PostmortemJson))]
[JsonSerializable(typeof(IReadOnlyList<PostmortemJson>))]
[JsonSerializable(typeof(LintFileJson))]
[JsonSerializable(typeof(IReadOnlyList<LintFileJson>))]
[JsonSerializable(typeof(EvidenceReportJson))]
// A time of day without a date (undated timelines): spelled by TimeOfDayJsonConverter wherever a record uses it.
[JsonSerializable(typeof(TimeOnly))]
public sealed partial class DebriefJsonContext : JsonSerializerContext;
