// "A document written by Debrief and read back is unchanged": templates, normalised Markdown and fixes, read back.
using Debrief.Linting.Fixes;
using Debrief.Model;
using Debrief.Parsing;
using Debrief.Pipeline;
using Debrief.Rendering;
using Debrief.Templates;
using Debrief.Tests.Fixtures;

namespace Debrief.Tests.Io;

public sealed class RoundTripTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var f in FixtureFiles.All()) data.Add(System.IO.Path.GetFileName(f));
        return data;
    }

    [Theory]
    [InlineData("brief")]
    [InlineData("sre")]
    public void A_new_document_reads_back_with_the_values_it_was_written_with(string profile)
    {
        var start = new DateTimeOffset(2025, 3, 1, 14, 5, 0, TimeSpan.FromHours(1));
        var end = new DateTimeOffset(2025, 3, 1, 15, 20, 0, TimeSpan.FromHours(1));
        var text = PostmortemTemplates.Render(profile, new TemplateValues("Checkout: outage # 2", start, end, "Europe/Paris"));
        var pm = PostmortemParser.Parse(text);
        Assert.Equal("Checkout: outage # 2", pm.Title);
        Assert.Equal(start, pm.FrontMatter?.Started);
        Assert.Equal(end, pm.FrontMatter?.Ended);
        Assert.Equal("Europe/Paris", pm.FrontMatter?.Timezone);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Normalised_markdown_reads_back_with_the_same_facts(string name)
    {
        var original = DocumentPipeline.Analyze(FixtureFiles.Read(name), name);
        var written = MarkdownNormalizer.Normalize(original.Document);
        var back = DocumentPipeline.Analyze(written, name);
        Assert.Equal(Found(original.Elements), Found(back.Elements));
        Assert.Equal(original.Document.Timeline.Select(e => e.TimeText), back.Document.Timeline.Select(e => e.TimeText));
        Assert.Equal(original.Document.ActionItems.Count, back.Document.ActionItems.Count);
        Assert.Equal(original.Facts.Start, back.Facts.Start);
        Assert.Equal(original.Facts.End, back.Facts.End);
        Assert.Equal(written, MarkdownNormalizer.Normalize(back.Document));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixed_text_has_nothing_left_to_fix_and_keeps_every_other_byte(string name)
    {
        var source = FixtureFiles.Read(name);
        var first = DocumentPipeline.Analyze(source, name);
        var fixedText = FixApplier.Apply(source, first.Lint!.Diagnostics, out var applied);
        var again = DocumentPipeline.Analyze(fixedText, name);
        var secondPass = FixApplier.Apply(fixedText, again.Lint!.Diagnostics.Where(d => first.Lint.Diagnostics.All(f => f.Rule != d.Rule)), out var more);
        Assert.True(more == 0, $"fixing {name} again applied {more} more fix(es) of new kinds:\n{secondPass}");
        if (applied == 0)
            Assert.Equal(source, fixedText);
    }

    private static string[] Found(ElementReport report) =>
        report.Results.Where(r => r.Found).Select(r => r.Key).Order(StringComparer.Ordinal).ToArray();
}
