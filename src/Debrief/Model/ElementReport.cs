// Whether each required element is present, where, and the text that satisfied it.
namespace Debrief.Model;

/// <summary>The result for one element key.</summary>
/// <param name="Key">One of <see cref="ElementKeys"/>.</param>
/// <param name="Found">True when the document satisfies the element.</param>
/// <param name="Line">1-based source line of the evidence, or null.</param>
/// <param name="Text">The text that satisfied the element (or why it is missing), for reviewers.</param>
public sealed record ElementResult(string Key, bool Found, int? Line, string? Text)
{
    public static ElementResult Missing(string key, string? why = null) => new(key, false, null, why);
}

/// <summary>One <see cref="ElementResult"/> per element key, in <see cref="ElementKeys.All"/> order.</summary>
public sealed class ElementReport
{
    private readonly Dictionary<string, ElementResult> _results;

    public ElementReport(IEnumerable<ElementResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        _results = results.ToDictionary(r => r.Key, StringComparer.Ordinal);
        foreach (var key in ElementKeys.All)
            _results.TryAdd(key, ElementResult.Missing(key));
    }

    public ElementResult this[string key] => _results[key];

    /// <summary>The results in documented key order.</summary>
    public IEnumerable<ElementResult> Results => ElementKeys.All.Select(k => _results[k]);

    public int FoundCount => _results.Values.Count(r => r.Found);
}
