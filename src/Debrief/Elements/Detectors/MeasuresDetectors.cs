// Detectors for corrective and preventive measures: the section, broad improvements and specific tasks.
using Debrief.Model;
using static Debrief.Model.ElementKeys;

namespace Debrief.Elements.Detectors;

/// <summary>Measures elements.</summary>
internal static class MeasuresDetectors
{
    public static IReadOnlyList<IElementDetector> All { get; } =
    [
        new Detector(Measures, c => c.FirstSection(SectionKind.Measures, SectionKind.ActionItems) is { } s
            ? Evidence.Found(Measures, s.HeadingLine, s.Heading)
            : Evidence.Missing(Measures, "no corrective and preventative measures section")),
        new Detector(MeasuresImprovements, c =>
            c.Postmortem.Improvements.FirstOrDefault() is { } i ? Evidence.Found(MeasuresImprovements, i.Span.Line, i.Text)
            : c.Postmortem.ActionItems.FirstOrDefault() is { } t ? Evidence.Found(MeasuresImprovements, t.Span.Line, t.Text)
            : Evidence.Missing(MeasuresImprovements, "no improvements listed")),
        new Detector(MeasuresTasks, c => c.Postmortem.ActionItems.FirstOrDefault() is { } t
            ? Evidence.Found(MeasuresTasks, t.Span.Line, t.Text)
            : Evidence.Missing(MeasuresTasks, "no list of specific tasks (\"Patch the Nginx server\")")),
    ];
}
