// Contract: kill -9 during a write load loses no acknowledged write (a child process writes; this test kills it).
using System.Diagnostics;
using Debrief.Archive.Storage;

namespace Debrief.Archive.Tests.Contract;

public abstract partial class ArchiveStoreContract
{
    [Fact]
    public async Task Every_write_acknowledged_before_a_kill_9_is_there_after_reopening()
    {
        var db = await NewDatabaseAsync();
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet, [typeof(Program).Assembly.Location, "write-load", db])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var acks = new List<string>();
        using (var child = Process.Start(start)!)
        {
            var errors = child.StandardError.ReadToEndAsync();
            var ready = await ReadLineAsync(child, TimeSpan.FromSeconds(90));
            Assert.True(ready == "ready", $"the writer did not start: {ready} {await ErrorsSoFar(child, errors)}");
            // Let it write for a while (at least 20 acknowledged writes), then kill it mid-write.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (acks.Count < 20 && DateTime.UtcNow < deadline)
            {
                var line = await ReadLineAsync(child, deadline - DateTime.UtcNow);
                if (line is null)
                    break;
                acks.Add(line);
            }
            Assert.False(child.HasExited, $"the writer stopped by itself: {await ErrorsSoFar(child, errors)}");
            child.Kill(entireProcessTree: true); // SIGKILL
            await child.WaitForExitAsync();
            // Lines already written to the pipe were acknowledged too.
            var rest = await child.StandardOutput.ReadToEndAsync();
            var complete = rest.EndsWith('\n') ? rest : rest[..(rest.LastIndexOf('\n') + 1)];
            acks.AddRange(complete.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        Assert.True(acks.Count >= 20, $"only {acks.Count} acknowledged writes");

        await using var reopened = await ArchiveStores.OpenAsync(db);
        var lastShared = 0;
        foreach (var ack in acks)
        {
            var parts = ack.Split(' ');
            Assert.True(parts is ["ack", _, _, _], $"unexpected line from the writer: {ack}");
            var revision = await reopened.GetRevisionAsync(long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(revision is not null, $"acknowledged revision {parts[2]} of {parts[1]} is missing after the crash");
            Assert.Equal(parts[3], revision.ContentHash);
            var pm = (await reopened.GetByPathAsync(parts[1]))!;
            Assert.Equal(pm.Summary.Id, revision.PostmortemId);
            if (parts[1] == "load/shared.md")
                lastShared = Math.Max(lastShared, revision.Number);
        }
        var shared = (await reopened.GetByPathAsync("load/shared.md"))!;
        Assert.True(shared.Current.Number >= lastShared);
        await AssertIntactAsync(db);
        // The archive still takes writes.
        Assert.Equal(Model.WriteStatus.Saved, (await reopened.UpdateAsync(shared.Summary.Id, shared.Current.Id, shared.Current.Content + "\nafter the crash\n", Alice)).Status);
    }

    /// <summary>The database's own consistency check after the crash (SQLite: PRAGMA integrity_check).</summary>
    protected abstract Task AssertIntactAsync(string db);

    private static async Task<string?> ReadLineAsync(Process child, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout > TimeSpan.Zero ? timeout : TimeSpan.FromMilliseconds(1));
        try
        {
            return await child.StandardOutput.ReadLineAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static async Task<string> ErrorsSoFar(Process child, Task<string> errors)
    {
        if (!child.HasExited)
            return "";
        return await errors;
    }
}
