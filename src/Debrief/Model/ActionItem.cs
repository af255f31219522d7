// A specific corrective task, with the metadata a team tracks.
namespace Debrief.Model;

/// <summary>A corrective or preventive task.</summary>
/// <param name="Text">The task as written, metadata removed.</param>
/// <param name="Owner">Owner ("@name" or a team), when given.</param>
/// <param name="Due">Due date, when given.</param>
/// <param name="Type">prevent, mitigate, detect or process, when given.</param>
/// <param name="Ticket">Ticket reference, when given.</param>
/// <param name="Done">True/false for task-list items ("- [x]") and items with a status, null otherwise.</param>
/// <param name="Span">Where the item is.</param>
public sealed record ActionItem(string Text, string? Owner, DateOnly? Due, string? Type, string? Ticket, bool? Done, SourceSpan Span)
{
    /// <summary>The priority as written ("P1", "high"), when given.</summary>
    public string? Priority { get; init; }

    /// <summary>The status as written ("done", "in progress"), when given.</summary>
    public string? Status { get; init; }

    /// <summary>The due date as written, also when it is not a date ("Q3", "next sprint").</summary>
    public string? DueText { get; init; }

    /// <summary>Every non-empty cell of the item's table row (or inline metadata), by header as written, in column order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; } = [];
}

/// <summary>A broad improvement ("improve capacity planning"), as opposed to a specific task.</summary>
public sealed record Improvement(string Text, SourceSpan Span);
