using Debrief.Io;
using Debrief.Rendering;

namespace Debrief.Tests.Rendering;

public sealed class PdfPrinterTests
{
    [Fact]
    public void A_missing_explicit_chromium_is_a_clear_input_error()
    {
        var e = Assert.Throws<InputException>(() => PdfPrinter.FindChromium("/nonexistent/chromium"));
        Assert.Equal(ErrorSource.Option, e.Error.Source);
        Assert.Equal("--chromium: no Chromium at /nonexistent/chromium", e.Describe());
    }

    [Fact]
    public void No_chromium_on_path_says_how_to_get_one()
    {
        var empty = Directory.CreateTempSubdirectory("debrief-path-");
        try
        {
            var e = Assert.Throws<InputException>(() => PdfPrinter.FindChromium(null, empty.FullName));
            Assert.Contains("apt-get install chromium", e.Message);
            Assert.Contains("--chromium PATH", e.Describe());
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public void Chromium_is_found_on_path_by_name()
    {
        var dir = Directory.CreateTempSubdirectory("debrief-path-");
        try
        {
            var fake = Path.Combine(dir.FullName, "chromium-browser");
            File.WriteAllText(fake, "");
            Assert.Equal(fake, PdfPrinter.FindChromium(null, "/nonexistent" + Path.PathSeparator + dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
