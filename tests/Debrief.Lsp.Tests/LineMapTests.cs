// Offsets <-> LSP positions: every line ending LSP knows ("\n", "\r\n", lone "\r"), UTF-16 columns, and clamping as the spec says.
using Debrief.Lsp.Protocol;
using Debrief.Lsp.Server;

namespace Debrief.Lsp.Tests;

public sealed class LineMapTests
{
    [Theory]
    [InlineData("a\nbc\nd")]
    [InlineData("a\r\nbc\r\nd")]
    [InlineData("a\rbc\rd")]
    public void Every_line_ending_starts_a_new_line(string text)
    {
        var map = new LineMap(text);
        Assert.Equal(3, map.LineCount);
        var d = text.IndexOf('d', StringComparison.Ordinal);
        Assert.Equal(new Position(2, 0), map.PositionOf(d));
        Assert.Equal(new Position(1, 1), map.PositionOf(text.IndexOf('c', StringComparison.Ordinal)));
        Assert.Equal(d, map.OffsetOf(new Position(2, 0)));
        // The range of line 1 is "bc", without its line break.
        Assert.Equal(new LspRange(new Position(1, 0), new Position(1, 2)), map.LineRange(1));
    }

    [Fact]
    public void Columns_count_UTF16_code_units()
    {
        var text = "## 🔥 Summary\n";
        var map = new LineMap(text);
        var at = text.IndexOf('S', StringComparison.Ordinal);
        Assert.Equal(new Position(0, 6), map.PositionOf(at)); // '🔥' is a surrogate pair
        Assert.Equal(at, map.OffsetOf(new Position(0, 6)));
    }

    [Fact]
    public void Positions_past_the_end_clamp_like_LSP_says()
    {
        var map = new LineMap("ab\r\ncd");
        Assert.Equal(2, map.OffsetOf(new Position(0, 99))); // end of line 0, before "\r\n"
        Assert.Equal(6, map.OffsetOf(new Position(9, 0)));  // past the last line: end of text
        Assert.Equal(0, map.OffsetOf(new Position(-1, 5)));
        Assert.Equal(new Position(1, 2), map.PositionOf(100));
    }

    [Fact]
    public void An_empty_text_has_one_empty_line()
    {
        var map = new LineMap("");
        Assert.Equal(1, map.LineCount);
        Assert.Equal(new LspRange(new Position(0, 0), new Position(0, 0)), map.LineRange(0));
    }
}
