// `lint --format json` streams: each file's record is written when the file is, and the whole is one array of records.
using Debrief.Json;
using Debrief.Linting;
using Debrief.Linting.Output;
using Debrief.Pipeline;

namespace Debrief.Tests.Linting;

public sealed class JsonFormatterTests
{
    private static LintedFile Lint(string path, string text) => new(path, DocumentPipeline.Analyze(text, path).Lint!);

    [Fact]
    public void Each_file_is_written_before_the_next_is_given()
    {
        var output = new StringWriter();
        var formatter = new JsonFormatter();
        formatter.Begin(output);
        formatter.WriteFile(Lint("a.md", "# A\n\n## Timeline\n\n- 14:05 Rolled back\n- 13:58 Deployed\n"), output);
        var afterFirst = output.ToString();
        Assert.Contains("\"path\": \"a.md\"", afterFirst, StringComparison.Ordinal);
        Assert.Contains("\"score_reasons\"", afterFirst, StringComparison.Ordinal);
        Assert.EndsWith("}", afterFirst.TrimEnd(), StringComparison.Ordinal);
        formatter.WriteFile(Lint("b.md", "# B\n"), output);
        Assert.Contains("\"path\": \"b.md\"", output.ToString()[afterFirst.Length..], StringComparison.Ordinal);
        formatter.End([], output);

        var files = DebriefJson.Read(output.ToString(), DebriefJson.Context.IReadOnlyListLintFileJson);
        Assert.Equal(["a.md", "b.md"], files.Select(f => f.Path));
        Assert.Contains(files[0].Findings, f => f.Rule == "DB010" && f.Severity == Severity.Error);
        // The streamed array is the array of records written at once: the same text.
        Assert.Equal(DebriefJson.Write(files, DebriefJson.Context.IReadOnlyListLintFileJson) + Environment.NewLine, output.ToString());
    }
}
