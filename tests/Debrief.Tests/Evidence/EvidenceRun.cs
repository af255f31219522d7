// Test helper: analyse files as the CLI does (each opened once at the edge, then the analyzer), and close them.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence;

internal static class EvidenceRun
{
    public static EvidenceReport Files(IReadOnlyList<string> paths, AnalysisOptions? options = null)
    {
        using var inputs = EvidenceFiles.OpenAll(paths, stdin: null);
        return EvidenceAnalyzer.Analyze(inputs, options ?? new AnalysisOptions());
    }
}
