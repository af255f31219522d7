// Applies safe fixes to a source text: non-overlapping edits, back to front (writing the result is Io/AtomicFile's job).
namespace Debrief.Linting.Fixes;

/// <summary>Applies the safe fixes of a set of diagnostics.</summary>
public static class FixApplier
{
    /// <summary>The source with every safe fix applied; overlapping edits after the first are skipped.</summary>
    public static string Apply(string source, IEnumerable<Diagnostic> diagnostics, out int applied)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var accepted = new List<TextEdit>();
        applied = 0;
        foreach (var fix in diagnostics.Select(d => d.Fix).OfType<Fix>().Where(f => f.Safe))
        {
            var overlaps = fix.Edits.Any(e => accepted.Any(a => Overlaps(a, e)))
                || fix.Edits.Any(e => e.Start < 0 || e.Start + e.Length > source.Length);
            if (overlaps)
                continue;
            accepted.AddRange(fix.Edits);
            applied++;
        }
        var text = source;
        // Stable order: insertions at the same offset keep the order the rules produced them.
        foreach (var edit in accepted.Select((e, i) => (e, i)).OrderByDescending(x => x.e.Start).ThenByDescending(x => x.i).Select(x => x.e))
            text = string.Concat(text.AsSpan(0, edit.Start), edit.NewText, text.AsSpan(edit.Start + edit.Length));
        return text;
    }

    private static bool Overlaps(TextEdit a, TextEdit b)
    {
        if (a.Length == 0 && b.Length == 0)
            return false;
        return a.Start < b.Start + b.Length && b.Start < a.Start + a.Length
            || (a.Length == 0 && a.Start > b.Start && a.Start < b.Start + b.Length)
            || (b.Length == 0 && b.Start > a.Start && b.Start < a.Start + a.Length);
    }
}
