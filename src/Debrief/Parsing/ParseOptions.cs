// What a caller can tell the parser beyond the text: the vocabularies a team's config extends.
namespace Debrief.Parsing;

/// <summary>Options of <see cref="PostmortemParser.Parse(string, string?, ParseOptions?)"/>; the defaults read with the built-in vocabularies.</summary>
public sealed record ParseOptions
{
    /// <summary>Built-in vocabularies only.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>The header words of action-item tables (and keys of inline metadata).</summary>
    public ActionItemColumns ActionItemColumns { get; init; } = ActionItemColumns.BuiltIn;

    /// <summary>The options a config vocabulary asks for (its <c>*-columns</c> lists); <see cref="Default"/> when it adds nothing.</summary>
    public static ParseOptions FromVocabulary(IReadOnlyDictionary<string, IReadOnlyList<string>> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var columns = ActionItemColumns.BuiltIn.Extend(vocabulary);
        return ReferenceEquals(columns, ActionItemColumns.BuiltIn) ? Default : new ParseOptions { ActionItemColumns = columns };
    }
}
