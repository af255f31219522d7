// When to lint after a change: at once when the document is idle, coalesced during bursts (one lint per interval, latest version wins), never publishing a stale result.
using Debrief.Lsp.Analysis;

namespace Debrief.Lsp.Server;

/// <summary>Schedules the lint behind published diagnostics, per document:
/// <list type="bullet">
/// <item>a change to a document whose last lint started at least <c>interval</c> ago is linted at once (no added latency for an edit after a pause);</item>
/// <item>changes during a lint, or within <c>interval</c> of the last lint's start, are coalesced: one lint of the latest version runs when the interval is over;</item>
/// <item>a result is published only if its version is still the document's latest when it is ready (checked under the document's lock,
/// which every change also takes), so an older version's diagnostics never follow a newer change.</item>
/// </list></summary>
internal sealed class DiagnosticsScheduler(DocumentStore store, Action<DocumentSnapshot, DocumentAnalysis> publish, TimeSpan interval, TextWriter log)
{
    private readonly long _intervalMs = (long)interval.TotalMilliseconds;

    /// <summary>Lints started (for tests: a burst of changes costs few lints).</summary>
    public int LintsStarted => _lintsStarted;

    private int _lintsStarted;

    /// <summary>The document changed (or was opened, or its config changed): make sure its latest version gets linted.</summary>
    public void Changed(TrackedDocument document)
    {
        lock (document.Gate)
        {
            if (document.Closed || document.LintRunning || document.TrailingScheduled)
                return; // a running lint re-checks the version when it ends; a scheduled one lints the latest
            var wait = document.LastLintStart + _intervalMs - Environment.TickCount64;
            if (wait <= 0)
            {
                Start(document);
                return;
            }
            document.TrailingScheduled = true;
            document.Timer = new Timer(static state => ((DiagnosticsScheduler)((object[])state!)[0]).OnTimer((TrackedDocument)((object[])state!)[1]),
                new object[] { this, document }, wait, Timeout.Infinite);
        }
    }

    private void OnTimer(TrackedDocument document)
    {
        lock (document.Gate)
        {
            document.TrailingScheduled = false;
            document.Timer?.Dispose();
            document.Timer = null;
            if (document.Closed || document.LintRunning)
                return;
            Start(document);
        }
    }

    // Called under the document's gate.
    private void Start(TrackedDocument document)
    {
        document.LintRunning = true;
        document.LastLintStart = Environment.TickCount64;
        Interlocked.Increment(ref _lintsStarted);
        var (snapshot, analysis) = store.Analyse(document);
        analysis.ContinueWith(t => Finished(document, snapshot, t), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private void Finished(TrackedDocument document, DocumentSnapshot snapshot, Task<DocumentAnalysis> analysis)
    {
        var again = false;
        lock (document.Gate)
        {
            document.LintRunning = false;
            if (document.Closed)
                return;
            if (store.IsCurrent(document, snapshot, analysis))
            {
                if (analysis.IsCompletedSuccessfully)
                    publish(snapshot, analysis.Result);
                else
                    log.WriteLine($"debrief lsp: linting {snapshot.Uri} failed: {analysis.Exception?.GetBaseException().Message}");
                return;
            }
            again = true; // a newer version (or config) arrived meanwhile
        }
        if (again)
            Changed(document);
    }
}
