// Asserts that a document's show JSON reads back into its record and writes the same text (used by the property and fuzz tests).
using Debrief.Json;
using Debrief.Model;

namespace Debrief.Tests;

internal static class JsonRoundTrip
{
    /// <summary>The show JSON of the document, read back into <see cref="PostmortemJson"/> and written again, is unchanged.</summary>
    public static void AssertShowJsonReadsBack(Postmortem postmortem, ElementReport report)
    {
        var json = DebriefJson.Write(PostmortemJson.From(postmortem, report));
        var back = DebriefJson.Read(json, DebriefJson.Context.PostmortemJson);
        Assert.Equal(json, DebriefJson.Write(back));
    }
}
