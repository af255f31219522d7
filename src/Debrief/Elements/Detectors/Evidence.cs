// Helpers that turn a line or a fact into an ElementResult showing reviewers the satisfying text, in whole sentences.
using Debrief.Model;
using Debrief.Parsing;

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

    /// <summary>Found on <paramref name="line"/>; when the line is part of a hard-wrapped paragraph, the evidence is
    /// the whole sentence there (the first that <paramref name="words"/> match, if given), not the line's fragment.</summary>
    public static ElementResult Found(string key, DocumentLine line, Postmortem postmortem, PhraseMatcher? words = null)
    {
        var paragraph = postmortem.Paragraphs.FirstOrDefault(p => p.Span.ContainsLine(line.Number));
        if (paragraph is null || !paragraph.Span.IsMultiLine) return Found(key, line);
        var onLine = paragraph.Sentences.Where(s => s.Span.ContainsLine(line.Number)).ToList();
        var sentence = onLine.FirstOrDefault(s => words?.IsMatch(s.Text) == true) ?? onLine.FirstOrDefault();
        return sentence is null ? Found(key, line) : Found(key, sentence.Span.Line, sentence.Text);
    }

    public static ElementResult Missing(string key, string why) => ElementResult.Missing(key, why);

    /// <summary>The leading whole sentences that fit in <see cref="MaxText"/> (see <see cref="Sentences.Leading"/>).</summary>
    public static string Clip(string text) => Sentences.Leading(text, MaxText);
}

/// <summary>A detector defined by a key and a function (most detectors are one expression).</summary>
internal sealed class Detector(string key, Func<ElementContext, ElementResult> detect) : IElementDetector
{
    public string Key { get; } = key;

    public ElementResult Detect(ElementContext context) => detect(context);
}
