// Entry point when this test assembly is run as a program: the child process of the crash-safety test.
using Debrief.Archive.Tests.CrashSafety;

namespace Debrief.Archive.Tests;

public static class Program
{
    /// <summary><c>dotnet Debrief.Archive.Tests.dll write-load DB</c>: writes revisions until killed (see <see cref="WriteLoad"/>).</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args is ["write-load", var db])
            return await WriteLoad.RunAsync(db).ConfigureAwait(false);
        await Console.Error.WriteLineAsync("usage: Debrief.Archive.Tests write-load DB (tests run with dotnet test)").ConfigureAwait(false);
        return 2;
    }
}
