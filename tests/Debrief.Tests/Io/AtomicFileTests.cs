// The one atomic writer: replaces or refuses, writes through links, keeps the mode, never touches special files.
using Debrief.Io;

namespace Debrief.Tests.Io;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicFileTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("debrief-atomic-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_dir.FullName, name);

    [Fact]
    public void Replace_writes_the_new_content_and_leaves_no_temporary()
    {
        var path = PathOf("pm.md");
        File.WriteAllText(path, "old");
        AtomicFile.WriteText(path, "new\n", WriteOptions.Replace);
        Assert.Equal("new\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir.FullName));
    }

    [Fact]
    public void Create_new_refuses_an_existing_file_and_names_the_force_option()
    {
        var path = PathOf("pm.md");
        File.WriteAllText(path, "hand-written");
        var e = Assert.Throws<InputException>(() => AtomicFile.WriteText(path, "draft", WriteOptions.CreateNew));
        Assert.Equal(ErrorCodes.Exists, e.Error.Code);
        Assert.Equal(ErrorSource.Output, e.Error.Source);
        Assert.Contains("--force", e.Describe());
        Assert.Equal("hand-written", File.ReadAllText(path));
    }

    [Fact]
    public void A_symbolic_link_stays_a_link_and_its_target_gets_the_content()
    {
        var target = PathOf("real.md");
        File.WriteAllText(target, "old");
        var link = PathOf("link.md");
        File.CreateSymbolicLink(link, "real.md");
        AtomicFile.WriteText(link, "new", WriteOptions.Replace);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public void The_permission_bits_of_the_replaced_file_are_kept()
    {
        var path = PathOf("pm.md");
        File.WriteAllText(path, "old");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead; // 0640
        File.SetUnixFileMode(path, mode);
        AtomicFile.WriteText(path, "new", WriteOptions.Replace);
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_fifo_or_device_is_refused_not_replaced()
    {
        var fifo = PathOf("x.html");
        using (var mk = System.Diagnostics.Process.Start("mkfifo", fifo)) mk.WaitForExit();
        var e = Assert.Throws<InputException>(() => AtomicFile.WriteText(fifo, "page", WriteOptions.Replace));
        Assert.Contains("not a regular file", e.Message);
        Assert.Equal(0x1000, AtomicFile.Stat(fifo)! & 0xF000); // still a FIFO (S_IFIFO)
        Assert.Throws<InputException>(() => AtomicFile.WriteText("/dev/null", "page", WriteOptions.Replace));
    }

    [Fact]
    public void A_file_changed_since_it_was_read_is_not_overwritten()
    {
        var path = PathOf("pm.md");
        File.WriteAllText(path, "as read");
        File.WriteAllText(path, "saved by an editor meanwhile");
        var e = Assert.Throws<InputException>(() =>
            AtomicFile.WriteText(path, "fixed", new WriteOptions { Overwrite = true, ExpectedContent = "as read" }));
        Assert.Equal(ErrorCodes.Changed, e.Error.Code);
        Assert.Equal("saved by an editor meanwhile", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir.FullName));
    }

    [Fact]
    public void A_byte_order_mark_counts_as_content_when_checking_for_changes()
    {
        var path = PathOf("bom.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, (byte)'x']);
        AtomicFile.WriteText(path, "\uFEFFy", new WriteOptions { Overwrite = true, ExpectedContent = "\uFEFFx" });
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'y' }, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_folder_that_cannot_be_written_is_an_error_value_not_a_crash()
    {
        var e = Assert.Throws<InputException>(() => AtomicFile.WriteText(PathOf("no/such/folder/pm.md"), "x", WriteOptions.Replace));
        Assert.Equal(ErrorSource.Output, e.Error.Source);
        Assert.Throws<InputException>(() => AtomicFile.WriteText(_dir.FullName, "x", WriteOptions.Replace));
    }

    [Fact]
    public void Temporaries_left_by_a_killed_process_are_removed_by_the_next_write()
    {
        var stale = PathOf(".pm.md.debrief-999999-0123456789abcdef.tmp"); // pid 999999 is not running
        File.WriteAllText(stale, "half");
        AtomicFile.WriteText(PathOf("pm.md"), "x", WriteOptions.Replace);
        Assert.False(File.Exists(stale));
    }
}
