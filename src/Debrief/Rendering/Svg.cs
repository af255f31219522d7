// Small helpers for writing SVG and HTML text safely: escaping and invariant number formatting.
using System.Globalization;
using System.Net;

namespace Debrief.Rendering;

/// <summary>Escaping and number formatting for generated markup.</summary>
public static class Svg
{
    /// <summary>Escapes text for element content and quoted attribute values.</summary>
    public static string Escape(string? text) => text is null ? "" : WebUtility.HtmlEncode(text);

    /// <summary>A coordinate with at most one decimal, invariant culture.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
