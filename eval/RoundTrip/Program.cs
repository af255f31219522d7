// Round-trip evaluation: every document parses (model, element report, JSON that reads back as written) and is written back byte for byte.
// Usage: RoundTrip FOLDER... ; prints a table per folder and exits 1 on any failure.
using Debrief.Elements;
using Debrief.Io;
using Debrief.Json;
using Debrief.Parsing;

var failures = 0;
Console.WriteLine($"{"folder",-12} {"files",6} {"parsed",7} {"identical",10}");
foreach (var folder in args)
{
    int files = 0, parsed = 0, identical = 0;
    foreach (var path in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
    {
        files++;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var pm = PostmortemParser.Parse(TextInput.Decode(path, bytes), path);
            var json = DebriefJson.Write(PostmortemJson.From(pm, ElementDetector.Detect(pm)));
            if (DebriefJson.Write(DebriefJson.Read(json, DebriefJson.Context.PostmortemJson)) != json)
                throw new InvalidDataException("the show JSON does not read back into its record as written");
            parsed++;
            if (bytes.AsSpan().SequenceEqual(PostmortemWriter.ToBytes(pm))) identical++;
            else Console.WriteLine($"  differs: {path}");
        }
        catch (Exception e)
        {
            Console.WriteLine($"  failed: {path}: {e.GetType().Name}: {e.Message}");
        }
    }
    failures += files - identical;
    Console.WriteLine($"{Path.GetFileName(folder.TrimEnd('/')),-12} {files,6} {parsed,7} {identical,10}");
}
return failures == 0 ? 0 : 1;
