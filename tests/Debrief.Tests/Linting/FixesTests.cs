using Debrief.Linting;
using Debrief.Linting.Fixes;

namespace Debrief.Tests.Linting;

public sealed class FixesTests
{
    private static Diagnostic WithFix(params TextEdit[] edits) =>
        new("DB001", "required-sections", "structure", Severity.Error, 1, 1, "m") { Fix = new Fix("t", true, edits) };

    [Fact]
    public void Safe_fixes_apply_back_to_front_and_keep_insertion_order()
    {
        var text = FixApplier.Apply("abc", [WithFix(TextEdit.Insert(3, "1")), WithFix(TextEdit.Insert(3, "2")), WithFix(new TextEdit(0, 1, "A"))], out var n);
        Assert.Equal("Abc12", text);
        Assert.Equal(3, n);
    }

    [Fact]
    public void Overlapping_and_unsafe_fixes_are_skipped()
    {
        var unsafeFix = new Diagnostic("DB010", "x", "time", Severity.Error, 1, 1, "m") { Fix = new Fix("t", false, [new TextEdit(0, 1, "Z")]) };
        var text = FixApplier.Apply("abcdef", [WithFix(new TextEdit(1, 3, "X")), WithFix(new TextEdit(2, 2, "Y")), unsafeFix], out var n);
        Assert.Equal("aXef", text);
        Assert.Equal(1, n);
    }

    [Fact]
    public void Unified_diff_has_headers_hunks_and_context()
    {
        var before = "a\nb\nc\nd\ne\nf\ng\n";
        var after = "a\nb\nc\nX\nd\ne\nf\ng\n";
        var diff = UnifiedDiff.Create(before, after, "a/pm.md", "b/pm.md");
        Assert.Equal("--- a/pm.md\n+++ b/pm.md\n@@ -1,6 +1,7 @@\n a\n b\n c\n+X\n d\n e\n f\n", diff);
        Assert.Equal("", UnifiedDiff.Create(before, before, "a", "b"));
    }
}
