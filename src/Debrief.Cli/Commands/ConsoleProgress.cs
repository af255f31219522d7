// Runs the analysis with a progress bar on stderr when it is a terminal and the input is large.
using Debrief.Evidence;
using Spectre.Console;

namespace Debrief.Cli.Commands;

internal static class ConsoleProgress
{
    /// <summary>Inputs smaller than this finish before a bar would help.</summary>
    public const long MinBytesForBar = 64L * 1024 * 1024;

    public static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
        || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);

    public static EvidenceReport Run(IReadOnlyList<LogInput> inputs, AnalysisOptions options, TextWriter stderr)
    {
        var total = inputs.Sum(i => i.Length ?? 0);
        if (!IsTerminal(stderr) || total < MinBytesForBar)
            return EvidenceAnalyzer.Analyze(inputs, options);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        EvidenceReport? report = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("reading evidence", maxValue: total);
                report = EvidenceAnalyzer.Analyze(inputs, options, new TaskProgress(task));
                task.Value = total;
            });
        return report!;
    }

    private sealed class TaskProgress(ProgressTask task) : IAnalysisProgress
    {
        public void Start(long totalBytes) => task.MaxValue = Math.Max(1, totalBytes);
        public void Advance(long bytesDone) => task.Value = Math.Min(task.MaxValue, bytesDone);
    }
}
