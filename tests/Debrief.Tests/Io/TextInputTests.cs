using System.Text;
using Debrief.Io;

namespace Debrief.Tests.Io;

public sealed class TextInputTests
{
    [Fact]
    public void Reads_utf8_with_bom_unchanged()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i' };
        Assert.Equal("\uFEFFhi", TextInput.Decode("x.md", bytes));
    }

    [Fact]
    public void Binary_file_is_refused_with_its_line()
    {
        var e = Assert.Throws<InputException>(() => TextInput.Decode("x.md", Encoding.UTF8.GetBytes("a\nb\0c")));
        Assert.Equal(2, e.Line);
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_its_line()
    {
        var e = Assert.Throws<InputException>(() => TextInput.Decode("x.md", [(byte)'a', (byte)'\n', (byte)'\n', 0xC3, 0x28]));
        Assert.Equal(3, e.Line);
        Assert.Equal("x.md:3: is not valid UTF-8 text", e.Describe());
    }

    [Fact]
    public void Missing_file_and_directory_are_refused()
    {
        var dir = Directory.CreateTempSubdirectory("debrief-test-");
        try
        {
            Assert.Contains("no such file", Assert.Throws<InputException>(() => TextInput.ReadDocument(Path.Combine(dir.FullName, "nope.md"))).Message);
            Assert.Contains("directory", Assert.Throws<InputException>(() => TextInput.ReadDocument(dir.FullName)).Message);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
