// The header words of action-item tables (and keys of inline "(owner: ...)" metadata) per field: data, extendable by config.
namespace Debrief.Parsing;

/// <summary>What a column of an action-item table (or a key of inline metadata) holds.</summary>
public enum ActionItemField
{
    /// <summary>The task itself.</summary>
    Text,
    Owner,
    Due,
    Type,
    Ticket,
    Status,
    Priority,
}

/// <summary>
/// Header phrases per <see cref="ActionItemField"/>: built in from <c>Parsing/Vocabulary/action-item-columns.tsv</c>,
/// extended by the <c>*-columns</c> lists under <c>vocabulary:</c> in <c>.debrief.yml</c>. Immutable, thread-safe.
/// </summary>
public sealed class ActionItemColumns
{
    private const string File = "action-item-columns.tsv";

    // Field order for a header that contains phrases of several fields ("owner" before "text": "action item owner").
    private static readonly ActionItemField[] Precedence =
        [ActionItemField.Owner, ActionItemField.Due, ActionItemField.Type, ActionItemField.Ticket, ActionItemField.Status, ActionItemField.Priority, ActionItemField.Text];

    private static readonly Lazy<ActionItemColumns> BuiltInLazy = new(Load);

    private readonly Dictionary<ActionItemField, string[][]> _phrases;
    private readonly HashSet<string> _doneWords;

    private ActionItemColumns(Dictionary<ActionItemField, string[][]> phrases, HashSet<string> doneWords)
    {
        _phrases = phrases;
        _doneWords = doneWords;
    }

    /// <summary>The phrases that ship with Debrief.</summary>
    public static ActionItemColumns BuiltIn => BuiltInLazy.Value;

    /// <summary>The config vocabulary list that extends each field ("owner-columns": owner).</summary>
    public static IReadOnlyDictionary<string, ActionItemField> ConfigLists { get; } = new Dictionary<string, ActionItemField>(StringComparer.Ordinal)
    {
        ["action-columns"] = ActionItemField.Text,
        ["owner-columns"] = ActionItemField.Owner,
        ["due-columns"] = ActionItemField.Due,
        ["type-columns"] = ActionItemField.Type,
        ["ticket-columns"] = ActionItemField.Ticket,
        ["status-columns"] = ActionItemField.Status,
        ["priority-columns"] = ActionItemField.Priority,
    };

    /// <summary>The header phrases of a field, normalised.</summary>
    public IEnumerable<string> Phrases(ActionItemField field) =>
        _phrases.TryGetValue(field, out var list) ? list.Select(p => string.Join(' ', p)) : [];

    /// <summary>A copy with the phrases of the <see cref="ConfigLists"/> found in <paramref name="vocabulary"/> added
    /// (other lists are ignored); the same instance when there is nothing to add.</summary>
    public ActionItemColumns Extend(IReadOnlyDictionary<string, IReadOnlyList<string>> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var extra = vocabulary.Where(kv => ConfigLists.ContainsKey(kv.Key) && kv.Value.Count > 0).ToList();
        if (extra.Count == 0) return this;
        var phrases = _phrases.ToDictionary(kv => kv.Key, kv => kv.Value.ToList());
        foreach (var (name, list) in extra)
        {
            var field = ConfigLists[name];
            if (!phrases.TryGetValue(field, out var existing)) phrases[field] = existing = [];
            foreach (var words in list.Select(Words).Where(w => w.Length > 0))
                if (!existing.Any(e => e.SequenceEqual(words))) existing.Add(words);
        }
        return new ActionItemColumns(phrases.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()), _doneWords);
    }

    /// <summary>
    /// The field a header cell (or inline key) names, or null: a header equal to a phrase takes its field; else the
    /// field whose phrase ends the header ("Action item owner"); else the first field, in precedence order, with a
    /// phrase anywhere in it ("Due (YYYY-MM-DD)").
    /// </summary>
    public ActionItemField? FieldOf(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var words = Words(header);
        if (words.Length == 0) return null;
        foreach (var field in Precedence)
            if (PhrasesOf(field).Any(p => p.AsSpan().SequenceEqual(words))) return field;
        foreach (var field in Precedence)
            if (PhrasesOf(field).Any(p => p.Length <= words.Length && words.AsSpan(words.Length - p.Length).SequenceEqual(p))) return field;
        foreach (var field in Precedence)
            if (PhrasesOf(field).Any(p => IndexOf(words, p) >= 0)) return field;
        return null;
    }

    /// <summary>True when a status value says the item is done ("Done", "closed", "fixed"); "not done" is not.</summary>
    public bool MeansDone(string status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var words = Words(status);
        if (words.Any(w => w is "not" or "no" or "un" or "open" or "todo" or "pending" or "wip")) return false;
        return words.Any(_doneWords.Contains) || status.Contains('✅') || status.Contains('✔') || status.Trim() is "x" or "X";
    }

    private string[][] PhrasesOf(ActionItemField field) => _phrases.TryGetValue(field, out var list) ? list : [];

    private static int IndexOf(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
            if (words.AsSpan(i, phrase.Length).SequenceEqual(phrase)) return i;
        return -1;
    }

    /// <summary>Lower-case words of a header: markup removed, anything but letters and digits separates words.</summary>
    internal static string[] Words(string text)
    {
        var plain = MarkupStripper.Plain(text).ToLowerInvariant();
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= plain.Length; i++)
        {
            var inWord = i < plain.Length && char.IsLetterOrDigit(plain[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(plain[start..i]);
                start = -1;
            }
        }
        return [.. words];
    }

    private static ActionItemColumns Load()
    {
        var phrases = new Dictionary<ActionItemField, List<string[]>>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Vocabularies.Rows(File))
        {
            if (row.Length < 2) continue;
            var words = Words(row[1]);
            if (words.Length == 0) continue;
            if (row[0] == "done")
            {
                done.UnionWith(words);
                continue;
            }
            if (!Enum.TryParse<ActionItemField>(row[0], ignoreCase: true, out var field))
                throw new InvalidOperationException($"{File}: unknown field '{row[0]}'");
            if (!phrases.TryGetValue(field, out var list)) phrases[field] = list = [];
            list.Add(words);
        }
        return new ActionItemColumns(phrases.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()), done);
    }
}
