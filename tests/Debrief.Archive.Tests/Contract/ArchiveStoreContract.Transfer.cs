// Contract: docs-as-code import (idempotent, all or nothing) and export (byte-identical to the imported folder).
using Debrief.Archive.Model;
using Debrief.Archive.Storage;
using Debrief.Archive.Tests.Infrastructure;
using Debrief.Archive.Transfer;

namespace Debrief.Archive.Tests.Contract;

public abstract partial class ArchiveStoreContract
{
    private static readonly Actor Importer = new("import");

    [Fact]
    public async Task Export_of_an_imported_folder_is_byte_identical_with_bom_crlf_and_subfolders_kept()
    {
        var source = TestPaths.Fixtures("folder");
        var report = await Store.ImportAsync(ArchiveFolder.Read(source), Importer);
        Assert.Equal(4, report.Created);
        using var target = new TempFolder();
        var export = await ArchiveFolder.WriteAsync(Store, target.Path);
        Assert.Equal(4, export.Written);
        var expected = Directory.GetFiles(source, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(source, f)).Order(StringComparer.Ordinal).ToList();
        var actual = Directory.GetFiles(target.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target.Path, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        foreach (var file in expected)
            Assert.True(File.ReadAllBytes(Path.Combine(source, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(target.Path, file))), $"{file} differs");
        var crlf = File.ReadAllBytes(Path.Combine(target.Path, "2024", "cache-eviction-crlf.md"));
        Assert.Equal([0xEF, 0xBB, 0xBF], crlf[..3]);
        Assert.Contains("\r\n", System.Text.Encoding.UTF8.GetString(crlf), StringComparison.Ordinal);
        // A second export finds every file already right and rewrites none.
        Assert.Equal(new ExportReport(0, 4), await ArchiveFolder.WriteAsync(Store, target.Path));
    }

    [Fact]
    public async Task Import_is_idempotent_and_a_changed_file_becomes_a_new_revision_while_others_stay_untouched()
    {
        using var folder = new TempFolder();
        CopyFixtures("folder", folder.Path);
        var first = await Store.ImportAsync(ArchiveFolder.Read(folder.Path), Importer);
        Assert.Equal((4, 0, 0), (first.Created, first.Updated, first.Unchanged));
        var before = (await Store.ListAsync(new ListQuery { PageSize = 50 })).Items.ToDictionary(p => p.Path);

        var again = await Store.ImportAsync(ArchiveFolder.Read(folder.Path), Importer);
        Assert.Equal((0, 0, 4), (again.Created, again.Updated, again.Unchanged));

        var changed = Path.Combine(folder.Path, "2024", "checkout-db-pool.md");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("severity: sev1", "severity: sev2", StringComparison.Ordinal));
        var third = await Store.ImportAsync(ArchiveFolder.Read(folder.Path), Importer);
        Assert.Equal((0, 1, 3), (third.Created, third.Updated, third.Unchanged));

        var after = (await Store.ListAsync(new ListQuery { PageSize = 50 })).Items.ToDictionary(p => p.Path);
        Assert.Equal(4, after.Count);
        Assert.Equal("SEV2", after["2024/checkout-db-pool.md"].Severity);
        Assert.Equal(2, after["2024/checkout-db-pool.md"].RevisionCount);
        foreach (var path in after.Keys.Where(p => p != "2024/checkout-db-pool.md"))
        {
            Assert.Equal(before[path].CurrentRevisionId, after[path].CurrentRevisionId);
            Assert.Equal(before[path].UpdatedAt, after[path].UpdatedAt);
        }
    }

    [Fact]
    public async Task Import_takes_the_status_from_the_file_and_records_it_as_a_workflow_event()
    {
        await Store.ImportAsync(ArchiveFolder.Read(TestPaths.Fixtures("folder")), Importer);
        var dns = (await Store.GetByPathAsync("2025/edge-dns.md"))!;
        Assert.Equal(ArchiveStatus.Published, dns.Summary.Status);
        Assert.Equal(RevisionKind.Import, dns.Current.Kind);
        var e = Assert.Single(await Store.WorkflowHistoryAsync(dns.Summary.Id));
        Assert.Equal((WorkflowAction.Import, ArchiveStatus.Draft, ArchiveStatus.Published), (e.Action, e.FromStatus, e.ToStatus));
        Assert.Equal("Search outage from connection pool exhaustion", (await Store.GetByPathAsync("no-front-matter.md"))!.Summary.Title);
    }

    [Fact]
    public async Task Import_with_one_unreadable_file_writes_nothing_and_names_the_file_and_line()
    {
        var e = await Assert.ThrowsAsync<InvalidImportException>(() => Store.ImportAsync(ArchiveFolder.Read(TestPaths.Fixtures("bad")), Importer));
        Assert.Equal("broken-front-matter.md", e.FilePath);
        Assert.InRange(e.Line ?? 0, 2, 3);
        Assert.Equal(0, (await Store.ListAsync(new ListQuery())).Total);
        Assert.Empty(await Store.AuditAsync());
    }

    [Fact]
    public async Task Import_refuses_two_files_whose_names_differ_only_in_case()
    {
        var files = new[] { new ImportFile("A.md", Doc("Upper")), new ImportFile("a.md", Doc("Lower")) };
        await Assert.ThrowsAsync<InvalidImportException>(() => Store.ImportAsync(files, Importer));
        Assert.Equal(0, (await Store.ListAsync(new ListQuery())).Total);
    }

    private static void CopyFixtures(string name, string target)
    {
        var source = TestPaths.Fixtures(name);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }
}
