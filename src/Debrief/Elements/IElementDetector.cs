// The contract of an element detector: one element key, one method that finds the evidence or reports it missing.
using Debrief.Model;

namespace Debrief.Elements;

/// <summary>Decides whether a document has one element of PRODUCT section 1.</summary>
public interface IElementDetector
{
    /// <summary>The element key (one of <see cref="ElementKeys"/>).</summary>
    string Key { get; }

    /// <summary>Finds the element: found with the line and the text that satisfies it, or missing with why.</summary>
    ElementResult Detect(ElementContext context);
}
