// Round-trip evaluation: every document parses (model, element report, JSON that reads back into its record as written),
// and what Debrief writes from it (the normalised Markdown of `render --format md`) reads back with the same facts and is
// written again unchanged.
// Usage: RoundTrip [--bar SAME STABLE] FOLDER... ; prints a table per folder; exits 1 on a parse failure or when the
// totals of "same facts" / "stable" fall below the bar (the measured figures: the normaliser is not yet exact).
using Debrief.Io;
using Debrief.Json;
using Debrief.Model;
using Debrief.Pipeline;
using Debrief.Rendering;

var failures = 0;
int barSame = int.MaxValue, barStable = int.MaxValue, totalSame = 0, totalStable = 0, totalFiles = 0, totalParsed = 0;
if (args.Length >= 3 && args[0] == "--bar")
{
    barSame = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    barStable = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    args = args[3..];
}
Console.WriteLine($"{"folder",-12} {"files",6} {"parsed",7} {"same facts",11} {"stable",7}");
foreach (var folder in args)
{
    int files = 0, parsed = 0, sameFacts = 0, stable = 0;
    foreach (var path in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
    {
        files++;
        try
        {
            var original = DocumentPipeline.Analyze(TextInput.Decode(path, File.ReadAllBytes(path)), path);
            var json = DebriefJson.Write(PostmortemJson.From(original.Document, original.Elements));
            if (DebriefJson.Write(DebriefJson.Read(json, DebriefJson.Context.PostmortemJson)) != json)
                throw new InvalidDataException("the show JSON does not read back into its record as written");
            parsed++;
            var written = MarkdownNormalizer.Normalize(original.Document);
            var back = DocumentPipeline.Analyze(written, path);
            var same = Found(original.Elements).SequenceEqual(Found(back.Elements))
                       && original.Document.Timeline.Select(e => e.TimeText).SequenceEqual(back.Document.Timeline.Select(e => e.TimeText))
                       && original.Document.ActionItems.Count == back.Document.ActionItems.Count
                       && original.Facts.Start == back.Facts.Start && original.Facts.End == back.Facts.End;
            if (same) sameFacts++;
            else Console.WriteLine($"  facts differ after normalising: {path}");
            if (MarkdownNormalizer.Normalize(back.Document) == written) stable++;
            else Console.WriteLine($"  normalising twice differs: {path}");
        }
        catch (Exception e)
        {
            Console.WriteLine($"  failed: {path}: {e.GetType().Name}: {e.Message}");
        }
    }
    totalFiles += files; totalParsed += parsed; totalSame += sameFacts; totalStable += stable;
    Console.WriteLine($"{Path.GetFileName(folder.TrimEnd('/')),-12} {files,6} {parsed,7} {sameFacts,11} {stable,7}");
}
Console.WriteLine($"{"total",-12} {totalFiles,6} {totalParsed,7} {totalSame,11} {totalStable,7}   (bar: every file parsed, same facts >= {(barSame == int.MaxValue ? totalFiles : barSame)}, stable >= {(barStable == int.MaxValue ? totalFiles : barStable)})");
if (barSame == int.MaxValue) barSame = totalFiles;
if (barStable == int.MaxValue) barStable = totalFiles;
failures = totalParsed < totalFiles || totalSame < barSame || totalStable < barStable ? 1 : 0;
return failures;

static string[] Found(ElementReport report) => report.Results.Where(r => r.Found).Select(r => r.Key).Order(StringComparer.Ordinal).ToArray();
