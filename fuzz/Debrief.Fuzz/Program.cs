// AFL fuzz target: any input must go through the whole document pipeline without an exception other than InputException.
using System.Text;
using Debrief.Io;
using Debrief.Json;
using Debrief.Linting.Fixes;
using Debrief.Pipeline;
using Debrief.Rendering;
using SharpFuzz;

// Nothing from Debrief.Core may run before Fuzzer.OutOfProcess.Run: the instrumented library writes to AFL's
// shared memory, which SharpFuzz sets up there.
var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
Fuzzer.OutOfProcess.Run(stream =>
{
    using var reader = new StreamReader(stream, strict);
    var text = reader.ReadToEnd();
    try
    {
        var analyzed = DocumentPipeline.Analyze(text, null);
        var result = analyzed.Lint!;
        // A rule that throws becomes an "internal error" finding instead of a crash; for the fuzzer it is a crash.
        if (result.Diagnostics.FirstOrDefault(d => d.Message.StartsWith("internal error", StringComparison.Ordinal)) is { } bug)
            throw new InvalidOperationException(bug.Message);
        _ = DebriefJson.Write(PostmortemJson.From(analyzed.Document, analyzed.Elements));
        var fixedText = FixApplier.Apply(text, result.Diagnostics, out _);
        _ = DocumentPipeline.Analyze(fixedText, null);
        _ = new HtmlRenderer().Render(analyzed);
    }
    catch (InputException)
    {
        // A user mistake (malformed front matter): reported with its line, not a crash.
    }
});
