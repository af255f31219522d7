// The optional YAML front matter of PRODUCT section 2; authoritative when present.
namespace Debrief.Model;

/// <summary>Impact figures given in front matter.</summary>
public sealed record ImpactFacts(double? UsersAffectedPct, double? RequestsFailedPct, string? Summary);

/// <summary>Front matter keys. Unknown keys are kept in <see cref="Extra"/>.</summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }
    public string? Id { get; init; }
    public string? Status { get; init; }
    public string? Severity { get; init; }
    public IReadOnlyList<string> Services { get; init; } = [];
    public DateTimeOffset? Started { get; init; }
    public DateTimeOffset? Detected { get; init; }
    public DateTimeOffset? Ended { get; init; }
    public string? Timezone { get; init; }
    public ImpactFacts? Impact { get; init; }
    public string? RootCauseCategory { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Reviewers { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Image { get; init; }
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    /// <summary>Where the front matter block is (delimiters included).</summary>
    public SourceSpan Span { get; init; }

    /// <summary>Line of each key that was present, 1-based, for reporting.</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();
}
