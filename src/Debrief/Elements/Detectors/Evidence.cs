// Helpers that turn a line or a fact into an ElementResult showing reviewers the satisfying text.
using Debrief.Model;

namespace Debrief.Elements.Detectors;

/// <summary>Builds found/missing results with their evidence.</summary>
internal static class Evidence
{
    /// <summary>Longest evidence text kept in a result.</summary>
    public const int MaxText = 200;

    public static ElementResult Found(string key, int line, string text) =>
        IsPlaceholder(text) ? Placeholder(key, line) : new(key, true, line, Clip(text));

    public static ElementResult Found<T>(string key, Fact<T>? fact) =>
        fact is null ? ElementResult.Missing(key)
        : IsPlaceholder(fact.Text) ? Placeholder(key, fact.Span.Line)
        : new(key, true, fact.Span.Line > 0 ? fact.Span.Line : null, Clip(fact.Text));

    /// <summary>Template text not filled in yet: "TODO ...", "TBD".</summary>
    public static bool IsPlaceholder(string text) => ElementContext.IsPlaceholder(text);

    private static ElementResult Placeholder(string key, int line) =>
        new(key, false, line > 0 ? line : null, "placeholder not filled in (TODO)");

    public static ElementResult Found(string key, DocumentLine line) => Found(key, line.Number, line.Text);

    public static ElementResult Missing(string key, string why) => ElementResult.Missing(key, why);

    public static string Clip(string text)
    {
        var t = text.Trim();
        return t.Length <= MaxText ? t : t[..(MaxText - 1)].TrimEnd() + "…";
    }
}

/// <summary>A detector defined by a key and a function (most detectors are one expression).</summary>
internal sealed class Detector(string key, Func<ElementContext, ElementResult> detect) : IElementDetector
{
    public string Key { get; } = key;

    public ElementResult Detect(ElementContext context) => detect(context);
}
