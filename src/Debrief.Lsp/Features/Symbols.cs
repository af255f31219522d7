// The outline: the document's sections (nested by heading level) and the element report (which elements are present, which the profile requires).
using Debrief.Lsp.Analysis;
using Debrief.Lsp.Protocol;
using Debrief.Lsp.Server;

namespace Debrief.Lsp.Features;

internal static class Symbols
{
    public const string ElementsName = "Elements";

    /// <summary>Hierarchical symbols: sections nested by heading level (a parent's range grows to hold its children),
    /// then one "Elements" symbol with a child per element.</summary>
    public static List<DocumentSymbol> Outline(DocumentSnapshot document, DocumentAnalysis analysis)
    {
        var lines = document.Lines;
        var roots = new List<Node>();
        var open = new Stack<Node>();
        foreach (var section in analysis.Sections)
        {
            while (open.Count > 0 && open.Peek().Section.Level >= section.Level)
                open.Pop();
            var node = new Node(section);
            (open.Count > 0 ? open.Peek().Children : roots).Add(node);
            open.Push(node);
        }
        var symbols = roots.Select(n => n.ToSymbol(lines)).ToList();
        if (analysis.Elements.Count > 0)
            symbols.Add(ElementReport(document, analysis));
        return symbols;
    }

    private sealed class Node(SectionOutline section)
    {
        public SectionOutline Section { get; } = section;

        public List<Node> Children { get; } = [];

        public int End => Math.Max(Section.Start + Section.Length, Children.Count == 0 ? 0 : Children.Max(c => c.End));

        public DocumentSymbol ToSymbol(LineMap lines)
        {
            var start = Math.Min(Section.Start, Section.HeadingStart);
            var end = Math.Max(End, Section.HeadingStart + Section.HeadingLength);
            return new DocumentSymbol
            {
                Name = Section.Heading.Length > 0 ? Section.Heading : "(untitled section)",
                Detail = Section.Kind,
                Kind = SymbolKind.String,
                Range = lines.RangeOf(start, end - start),
                SelectionRange = lines.RangeOf(Section.HeadingStart, Section.HeadingLength),
                Children = Children.Select(c => c.ToSymbol(lines)).ToList(),
            };
        }
    }

    /// <summary>The same symbols flattened, for clients without hierarchical symbol support.</summary>
    public static List<SymbolInformation> Flat(DocumentSnapshot document, DocumentAnalysis analysis)
    {
        var result = new List<SymbolInformation>();
        void Add(DocumentSymbol symbol, string? container)
        {
            result.Add(new SymbolInformation(symbol.Name, symbol.Kind, new Location(document.Uri, symbol.Range), container));
            foreach (var child in symbol.Children ?? [])
                Add(child, symbol.Name);
        }
        foreach (var root in Outline(document, analysis))
            Add(root, null);
        return result;
    }

    private static DocumentSymbol ElementReport(DocumentSnapshot document, DocumentAnalysis analysis)
    {
        var lines = document.Lines;
        var firstLine = lines.LineRange(0);
        var children = new List<DocumentSymbol>();
        foreach (var element in analysis.Elements)
        {
            var range = element is { Found: true, Line: int line } ? lines.LineRange(line - 1) : firstLine;
            var what = element.Required ? "required" : "not required";
            var detail = element.Found
                ? $"present ({what}){(string.IsNullOrWhiteSpace(element.Text) ? "" : ": " + Shorten(element.Text))}"
                : $"missing ({what})";
            children.Add(new DocumentSymbol
            {
                Name = (element.Found ? "✓ " : element.Required ? "✗ " : "· ") + element.Key,
                Detail = detail,
                Kind = SymbolKind.Property,
                Range = range,
                SelectionRange = range,
            });
        }
        var required = analysis.Elements.Count(e => e.Required);
        var requiredFound = analysis.Elements.Count(e => e.Required && e.Found);
        var found = analysis.Elements.Count(e => e.Found);
        return new DocumentSymbol
        {
            Name = $"{ElementsName}: {requiredFound} of {required} required present",
            Detail = $"{found} of {analysis.Elements.Count} elements found; profile {analysis.Profile}{(analysis.Score is int s ? $", score {s}/100" : "")}",
            Kind = SymbolKind.Object,
            Range = lines.RangeOf(0, document.Text.Length),
            SelectionRange = firstLine,
            Children = children,
        };
    }

    private static string Shorten(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length <= 80 ? oneLine : oneLine[..77] + "...";
    }
}
