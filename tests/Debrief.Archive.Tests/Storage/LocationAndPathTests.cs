// --db parsing, document paths inside the archive, and ETags.
using Debrief.Archive.Model;
using Debrief.Archive.Storage;

namespace Debrief.Archive.Tests.Storage;

public sealed class LocationAndPathTests
{
    [Theory]
    [InlineData(null, ArchiveKind.Sqlite, "debrief.db")]
    [InlineData("team.db", ArchiveKind.Sqlite, "team.db")]
    [InlineData("/srv/debrief/a=b.db", ArchiveKind.Sqlite, "/srv/debrief/a=b.db")]
    [InlineData("Host=db;Database=debrief;Username=app", ArchiveKind.Postgres, "Host=db;Database=debrief;Username=app")]
    [InlineData("host=db", ArchiveKind.Postgres, "host=db")]
    public void Reads_the_db_option(string? db, ArchiveKind kind, string target)
    {
        var location = ArchiveLocation.Parse(db);
        Assert.Equal((kind, target), (location.Kind, location.Target));
    }

    [Fact]
    public void The_display_name_of_a_postgres_archive_leaves_out_the_password()
    {
        var location = ArchiveLocation.Parse("Host=db;Port=5433;Database=debrief;Username=app;Password=s3cret");
        Assert.DoesNotContain("s3cret", location.Display, StringComparison.Ordinal);
        Assert.Equal("PostgreSQL database 'debrief' on db:5433", location.Display);
        Assert.Throws<ArchiveException>(() => ArchiveLocation.Parse("Database=debrief"));
    }

    [Theory]
    [InlineData("2025/checkout.md", "2025/checkout.md")]
    [InlineData("2025\\checkout.md", "2025/checkout.md")]
    [InlineData("notes.markdown", "notes.markdown")]
    [InlineData("../x.md", null)]
    [InlineData("/etc/x.md", null)]
    [InlineData("C:/x.md", null)]
    [InlineData("a//b.md", null)]
    [InlineData(" a.md", null)]
    [InlineData("a.txt", null)]
    [InlineData("a?.md", null)]
    [InlineData("", null)]
    public void Normalizes_document_paths(string path, string? expected) => Assert.Equal(expected, ArchivePaths.Normalize(path, out _));

    [Fact]
    public void Names_files_after_titles()
    {
        Assert.Equal("checkout-outage-on-3-march.md", ArchivePaths.FromTitle("Checkout outage on 3 March!"));
        Assert.Equal("café-down.md", ArchivePaths.FromTitle("Café: down"));
        Assert.Equal("postmortem.md", ArchivePaths.FromTitle("🔥🔥"));
        Assert.Equal("2025/checkout", ArchivePaths.SlugOf("2025/checkout.md"));
    }

    [Fact]
    public void ETags_round_trip_and_reject_anything_else()
    {
        var tag = RevisionTag.Format(42);
        Assert.Equal("\"r42\"", tag);
        Assert.True(RevisionTag.TryParse(tag, out var id) && id == 42);
        Assert.True(RevisionTag.TryParse("W/\"r7\"", out var weak) && weak == 7);
        foreach (var bad in new[] { null, "", "r42", "\"42\"", "\"r\"", "\"r-1\"", "\"r4x\"", "*" })
            Assert.False(RevisionTag.TryParse(bad, out _));
    }
}
