// AFL fuzz target: any input must go through the whole document pipeline without an exception other than InputException.
using System.Text;
using Debrief.Elements;
using Debrief.Io;
using Debrief.Json;
using Debrief.Linting;
using Debrief.Linting.Fixes;
using Debrief.Parsing;
using Debrief.Rendering;
using SharpFuzz;

// Nothing from Debrief.Core may run before Fuzzer.OutOfProcess.Run: the instrumented library writes to AFL's
// shared memory, which SharpFuzz sets up there. The runner is created on the first input.
LintRunner? runner = null;
var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
Fuzzer.OutOfProcess.Run(stream =>
{
    using var reader = new StreamReader(stream, strict);
    var text = reader.ReadToEnd();
    try
    {
        runner ??= new LintRunner(LintConfig.Empty);
        var result = runner.Lint(text, null);
        _ = DebriefJson.Write(PostmortemJson.From(result.Document, result.Elements));
        var fixedText = FixApplier.Apply(text, result.Diagnostics, out _);
        var again = PostmortemParser.Parse(fixedText);
        _ = ElementDetector.Detect(again);
        _ = new HtmlRenderer().Render(result.Document);
    }
    catch (InputException)
    {
        // A user mistake (malformed front matter): reported with its line, not a crash.
    }
});
