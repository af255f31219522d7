using System.Text;
using Debrief.Io;
using Debrief.Parsing;
using Debrief.Tests.Fixtures;

namespace Debrief.Tests.Io;

public sealed class RoundTripTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var f in FixtureFiles.All()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void An_unchanged_fixture_is_written_back_byte_for_byte(string name)
    {
        var bytes = File.ReadAllBytes(FixtureFiles.Path(name));
        var pm = PostmortemParser.Parse(TextInput.Decode(name, bytes), name);
        Assert.Equal(bytes, PostmortemWriter.ToBytes(pm));
    }

    [Theory]
    [InlineData("\uFEFF# BOM kept\r\n\r\n- 10:00 - CRLF kept\r\n")]
    [InlineData("# No final newline\n\n  trailing spaces   \n\ttab")]
    [InlineData("---\ntitle: x\n---\r\nmixed\rendings\n")]
    [InlineData("")]
    public void Odd_bytes_survive_the_round_trip(string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        var pm = PostmortemParser.Parse(TextInput.Decode(null, bytes));
        Assert.Equal(bytes, PostmortemWriter.ToBytes(pm));
    }

    [Fact]
    public void Save_writes_the_same_bytes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"debrief-rt-{Guid.NewGuid():N}.md");
        try
        {
            var source = "\uFEFF# T\r\n\r\ntext\r\n";
            PostmortemWriter.Save(PostmortemParser.Parse(source), path, overwrite: false);
            Assert.Equal(new UTF8Encoding(false).GetBytes(source), File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
