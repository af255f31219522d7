// A unified diff (`--- a`, `+++ b`, `@@` hunks with three lines of context) for `debrief lint --fix --diff`.
using System.Text;
using DiffPlex;

namespace Debrief.Linting.Fixes;

/// <summary>Formats the difference between two texts as a unified diff.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The unified diff of <paramref name="before"/> and <paramref name="after"/>, or "" when equal.</summary>
    public static string Create(string before, string after, string oldName, string newName)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before == after)
            return "";
        var result = Differ.Instance.CreateLineDiffs(before, after, ignoreWhitespace: false, ignoreCase: false);
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var blocks = result.DiffBlocks;
        var sb = new StringBuilder();
        sb.Append("--- ").Append(oldName).Append('\n');
        sb.Append("+++ ").Append(newName).Append('\n');
        var i = 0;
        while (i < blocks.Count)
        {
            // Group blocks whose context would touch.
            var j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA) <= 2 * Context)
                j++;
            var first = blocks[i];
            var last = blocks[j];
            var startA = Math.Max(0, first.DeleteStartA - Context);
            var startB = Math.Max(0, first.InsertStartB - (first.DeleteStartA - startA));
            var endA = Math.Min(a.Count, last.DeleteStartA + last.DeleteCountA + Context);
            var endB = Math.Min(b.Count, last.InsertStartB + last.InsertCountB + (endA - (last.DeleteStartA + last.DeleteCountA)));
            sb.Append("@@ -").Append(Range(startA, endA - startA)).Append(" +").Append(Range(startB, endB - startB)).Append(" @@\n");
            var posA = startA;
            for (var k = i; k <= j; k++)
            {
                var blk = blocks[k];
                for (; posA < blk.DeleteStartA; posA++)
                    sb.Append(' ').Append(a[posA]).Append('\n');
                for (var d = 0; d < blk.DeleteCountA; d++)
                    sb.Append('-').Append(a[blk.DeleteStartA + d]).Append('\n');
                for (var n = 0; n < blk.InsertCountB; n++)
                    sb.Append('+').Append(b[blk.InsertStartB + n]).Append('\n');
                posA = blk.DeleteStartA + blk.DeleteCountA;
            }
            for (; posA < endA; posA++)
                sb.Append(' ').Append(a[posA]).Append('\n');
            i = j + 1;
        }
        return sb.ToString();
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";
}
