// A profile: which sections and elements a postmortem must have, its word budget and action-item fields.
using Debrief.Model;

namespace Debrief.Linting.Profiles;

/// <summary>A section a profile requires.</summary>
/// <param name="Title">The canonical heading, used in messages, skeletons and heading normalisation.</param>
/// <param name="Kinds">Section kinds that satisfy the requirement; the first is the section's own kind.</param>
/// <param name="Skeleton">Body inserted by <c>--fix</c> under the heading (TODO markers).</param>
public sealed record SectionRequirement(string Title, IReadOnlyList<SectionKind> Kinds, string Skeleton);

/// <summary>Lower and upper word counts; either may be absent.</summary>
public sealed record WordBudget(int? Min, int? Max)
{
    /// <summary>No budget.</summary>
    public static WordBudget None { get; } = new(null, null);
}

/// <summary>The action-item fields a profile asks for.</summary>
[Flags]
public enum ActionItemFields
{
    None = 0,
    Owner = 1,
    Due = 2,
    Type = 4,
    Ticket = 8,
}

/// <summary>What a postmortem must contain under one profile.</summary>
public sealed record Profile
{
    /// <summary>The profile's name (<c>brief</c>, <c>sre</c> or a custom name).</summary>
    public required string Name { get; init; }

    /// <summary>One line for <c>debrief rules</c> and docs.</summary>
    public string Description { get; init; } = "";

    /// <summary>Required sections in their expected order.</summary>
    public IReadOnlyList<SectionRequirement> Sections { get; init; } = [];

    /// <summary>Required element keys (<see cref="ElementKeys"/>).</summary>
    public IReadOnlySet<string> Elements { get; init; } = new HashSet<string>();

    /// <summary>Document word budget.</summary>
    public WordBudget Words { get; init; } = WordBudget.None;

    /// <summary>Optional maximum words per section kind.</summary>
    public IReadOnlyDictionary<SectionKind, int> SectionWordLimits { get; init; } = new Dictionary<SectionKind, int>();

    /// <summary>Fields every action item must carry.</summary>
    public ActionItemFields ActionItemFields { get; init; }

    /// <summary>True when the profile requires the element.</summary>
    public bool Requires(string elementKey) => Elements.Contains(elementKey);
}
