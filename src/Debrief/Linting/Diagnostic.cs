// Findings and fixes as plain records: rule, severity, where, message; a fix is a titled list of text edits.
using Debrief.Model;

namespace Debrief.Linting;

/// <summary>One finding of one rule.</summary>
/// <param name="Rule">Rule id, e.g. DB010.</param>
/// <param name="Name">Rule name, e.g. timeline-chronological.</param>
/// <param name="Family">Rule family.</param>
/// <param name="Severity">Effective severity (after config).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong, in the document's own terms.</param>
public sealed record Diagnostic(string Rule, string Name, string Family, Severity Severity, int Line, int Column, string Message)
{
    /// <summary>The exact region, when known (offsets into the source).</summary>
    public SourceSpan Span { get; init; }

    /// <summary>A fix, when the rule can offer one.</summary>
    public Fix? Fix { get; init; }

    /// <summary>The element key this finding reports missing, if it is about a missing element (the score prices those once).</summary>
    public string? Element { get; init; }
}

/// <summary>A replacement of <paramref name="Length"/> characters at <paramref name="Start"/> by <paramref name="NewText"/>.</summary>
public sealed record TextEdit(int Start, int Length, string NewText)
{
    /// <summary>An insertion at an offset.</summary>
    public static TextEdit Insert(int at, string text) => new(at, 0, text);
}

/// <summary>A fix: a title for people, whether it is safe to apply unattended, and its edits.</summary>
/// <param name="Title">What the fix does ("Insert a Timeline section skeleton").</param>
/// <param name="Safe">True when <c>--fix</c> may apply it; unsafe fixes are only suggested.</param>
/// <param name="Edits">Non-overlapping edits against the original source.</param>
public sealed record Fix(string Title, bool Safe, IReadOnlyList<TextEdit> Edits);
