// The crash-safety child: writes postmortems and revisions in a loop and acknowledges each one after its commit.
using System.Globalization;
using Debrief.Archive.Model;
using Debrief.Archive.Storage;

namespace Debrief.Archive.Tests.CrashSafety;

/// <summary>Prints <c>ready</c>, then for every committed write one line <c>ack PATH REVISION_ID HASH</c>, until killed.</summary>
internal static class WriteLoad
{
    public static async Task<int> RunAsync(string db)
    {
        await using var store = await ArchiveStores.OpenAsync(db);
        var created = await store.CreateAsync("load/shared.md", Text("shared", 0), new Actor("load"));
        var shared = created.Postmortem!;
        var baseRevision = shared.CurrentRevisionId;
        Console.Out.WriteLine("ready");
        Console.Out.Flush();
        for (var n = 1; ; n++)
        {
            // Alternate a new postmortem and a new revision of a shared one, so both kinds of write are under load.
            var result = n % 2 == 1
                ? await store.CreateAsync($"load/{n}.md", Text("item", n), new Actor("load"))
                : await store.UpdateAsync(shared.Id, baseRevision, Text("shared", n), new Actor("load"));
            if (result.Status != WriteStatus.Saved)
            {
                await Console.Error.WriteLineAsync($"write {n} failed: {result.Status} {result.Error}");
                return 1;
            }
            if (n % 2 == 0)
                baseRevision = result.Revision!.Id;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack {result.Postmortem!.Path} {result.Revision!.Id} {result.Revision.ContentHash}"));
            Console.Out.Flush();
        }
    }

    /// <summary>A small postmortem whose text is unique to <paramref name="n"/>.</summary>
    public static string Text(string kind, int n) => string.Create(CultureInfo.InvariantCulture,
        $"---\ntitle: Load {kind} {n}\nseverity: SEV3\nservices: [load]\n---\n\n# Load {kind} {n}\n\n## Summary\n\nWrite number {n} of the crash-safety load.\n");
}
