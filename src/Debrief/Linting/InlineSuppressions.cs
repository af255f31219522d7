// `<!-- debrief-disable DB020 -->` ... `<!-- debrief-enable DB020 -->`: regions where rules are silenced.
using System.Text.RegularExpressions;
using Debrief.Parsing;

namespace Debrief.Linting;

/// <summary>The disable/enable comments of one document.</summary>
public sealed partial class InlineSuppressions
{
    private const string All = "*";
    // For each rule (or "*"), the toggles in line order: (line, disabled after this line?).
    private readonly Dictionary<string, List<(int Line, bool Disabled)>> _toggles = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The comments of a text; with the parser's <paramref name="lines"/>, a comment inside a code block or the
    /// front matter (an example of the syntax, not a directive) is not one.</summary>
    public InlineSuppressions(SourceText text, IReadOnlyList<Model.DocumentLine>? lines = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in CommentRegex().Matches(text.Text))
        {
            var line = text.LineOf(m.Index);
            if (lines is not null && line <= lines.Count && lines[line - 1].Kind is Model.LineKind.Code or Model.LineKind.FrontMatter)
                continue;
            var disable = m.Groups["verb"].Value.Equals("disable", StringComparison.OrdinalIgnoreCase);
            var ids = m.Groups["ids"].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
            foreach (var id in ids.Length == 0 ? [All] : ids)
            {
                if (!_toggles.TryGetValue(id, out var list))
                    _toggles[id] = list = [];
                list.Add((line, disable));
            }
        }
    }

    /// <summary>True when there are no comments at all.</summary>
    public bool IsEmpty => _toggles.Count == 0;

    /// <summary>True when the diagnostic falls in a disabled region of its rule (by id or name) or of all rules.
    /// A finding about the whole document is silenced by a disable comment anywhere in it.</summary>
    public bool Suppresses(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var documentLevel = !diagnostic.Span.IsKnown;
        foreach (var key in new[] { diagnostic.Rule, diagnostic.Name, All })
        {
            if (!_toggles.TryGetValue(key, out var toggles))
                continue;
            if (documentLevel ? toggles.Any(t => t.Disabled) : DisabledAt(toggles, diagnostic.Line))
                return true;
        }
        return false;
    }

    private static bool DisabledAt(List<(int Line, bool Disabled)> toggles, int line)
    {
        var disabled = false;
        foreach (var (at, d) in toggles)
        {
            if (at > line)
                break;
            disabled = d;
        }
        return disabled;
    }

    [GeneratedRegex(@"<!--\s*debrief-(?<verb>disable|enable)(?<ids>(?:[\s,]+[A-Za-z][\w-]*)*)\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex CommentRegex();
}
