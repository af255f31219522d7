// The status line edit: the smallest change, line endings and BOM kept, the core reads the new status.
using Debrief.Archive.Documents;
using Debrief.Archive.Model;
using Debrief.Archive.Workflow;

namespace Debrief.Archive.Tests.Workflow;

public sealed class FrontMatterStatusEditorTests
{
    private static string Set(string text, ArchiveStatus status) => FrontMatterStatusEditor.SetStatus(text, CoreDocuments.Analyze(text).FrontMatter, status);

    [Fact]
    public void Replaces_the_value_of_an_existing_status_line()
    {
        var text = "---\ntitle: T\nstatus: draft\nseverity: SEV2\n---\n# T\n";
        Assert.Equal("---\ntitle: T\nstatus: published\nseverity: SEV2\n---\n# T\n", Set(text, ArchiveStatus.Published));
    }

    [Fact]
    public void Adds_a_status_line_after_the_opening_delimiter_with_the_documents_line_ending()
    {
        var text = "---\r\ntitle: T\r\n---\r\n# T\r\n";
        var edited = Set(text, ArchiveStatus.InReview);
        Assert.Equal("---\r\nstatus: in-review\r\ntitle: T\r\n---\r\n# T\r\n", edited);
        Assert.Equal(ArchiveStatus.InReview, CoreDocuments.Analyze(edited).Status);
    }

    [Fact]
    public void Adds_front_matter_after_a_bom_when_there_is_none()
    {
        var edited = Set("\uFEFF# Title\n\nBody.\n", ArchiveStatus.InReview);
        Assert.Equal("\uFEFF---\nstatus: in-review\n---\n# Title\n\nBody.\n", edited);
        Assert.Equal(ArchiveStatus.InReview, CoreDocuments.Analyze(edited).Status);
    }

    [Fact]
    public void Reads_every_spelling_of_the_status()
    {
        Assert.Equal(ArchiveStatus.InReview, ArchiveStatuses.Parse("in-review"));
        Assert.Equal(ArchiveStatus.InReview, ArchiveStatuses.Parse("In Review"));
        Assert.Equal(ArchiveStatus.InReview, ArchiveStatuses.Parse("in_review"));
        Assert.Null(ArchiveStatuses.Parse("final"));
        Assert.Equal(ArchiveStatus.Draft, CoreDocuments.Analyze("---\nstatus: final\n---\n# T\n").Status);
    }
}
