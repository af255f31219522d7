// One contract, every reader: each discovered format must have a sample table and a docs row, and read its samples as the table says.
using Debrief.Evidence;
using Debrief.Evidence.Readers;
using Debrief.Tests.Evidence.Samples;
using Debrief.Tests.Linting;

namespace Debrief.Tests.Evidence;

public sealed class ReaderContractTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RuleCatalogTests.RepoRoot(), "docs", "evidence.md"));

    public static TheoryData<string> ReaderNames() => [.. ReaderCatalog.Names];

    [Theory]
    [MemberData(nameof(ReaderNames))]
    public void Every_discovered_reader_keeps_the_contract(string name)
    {
        var reader = ReaderCatalog.ByName(name);
        var problems = ReaderContract.Problems(ReaderCatalog.All, ReaderContract.AllTables(), Docs)
            .Where(p => p.StartsWith(name + ":", StringComparison.Ordinal) || p.StartsWith(name + " ", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotNull(reader);
    }

    [Fact]
    public void The_whole_catalog_keeps_the_contract()
    {
        var problems = ReaderContract.Problems(ReaderCatalog.All, ReaderContract.AllTables(), Docs);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_catalog_lists_every_reader_type_of_the_core()
    {
        // the generator's list against the compiled assembly: a reader class that is not in the catalog is a miss
        var types = typeof(ILogReader).Assembly.GetTypes()
            .Where(t => typeof(ILogReader).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(types, ReaderCatalog.All.Select(r => r.GetType().FullName).Order(StringComparer.Ordinal).ToList());
        Assert.True(types.Count >= 13, string.Join(", ", types));
    }

    /// <summary>A reader the catalog does not know, to show the contract failing.</summary>
    private sealed class ToyReader(string name) : LineLogReader
    {
        public override string Name => name;
        public override string Description => "a toy";
        public override LineResult ParseLine(string line, LogParseContext context) =>
            line.StartsWith("toy ", StringComparison.Ordinal) ? LineResult.Ok(new MessageRecord(DateTimeOffset.UnixEpoch, MessageSeverity.Info, line, null)) : LineResult.Bad("not toy");
    }

    private sealed class ToySamples(string reader, params Sample[] samples) : SampleTable
    {
        public override string Reader => reader;
        public override IReadOnlyList<Sample> Samples => samples;
    }

    [Fact]
    public void A_reader_without_a_sample_table_or_docs_row_fails_the_contract()
    {
        ILogReader[] readers = [.. ReaderCatalog.All, new ToyReader("toy")];
        var problems = ReaderContract.Problems(readers, ReaderContract.AllTables(), Docs);
        Assert.Contains("toy: no sample table (a SampleTable class in tests/Debrief.Tests/Evidence/Samples)", problems);
        Assert.Contains("toy: no row in docs/evidence.md's input table (| `toy` | ... |)", problems);
        Assert.All(problems, p => Assert.StartsWith("toy", p, StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_without_malformed_lines_or_with_wrong_expectations_fails_the_contract()
    {
        ILogReader[] readers = [new ToyReader("toy")];
        var docs = "| `toy` | toy lines | none |";
        var onlyGood = ReaderContract.Problems(readers, [new ToySamples("toy", new Sample("toy a", "1970-01-01T00:00:00+00:00"))], docs);
        Assert.Equal(["toy: the sample table has no malformed line"], onlyGood);
        var wrong = ReaderContract.Problems(readers, [new ToySamples("toy",
            new Sample("toy a", "1970-01-01T00:00:01+00:00"),
            new Sample("toy b", Bad: "bad time"),
            new Sample("nope", Bad: "not toy"))], docs);
        Assert.Equal(2, wrong.Count);
        Assert.Contains(wrong, p => p.StartsWith("toy sample 1 (toy a): time 1970-01-01T00:00:01+00:00, got 1970-01-01T00:00:00+00:00", StringComparison.Ordinal));
        Assert.Contains(wrong, p => p.StartsWith("toy sample 2 (toy b): expected malformed \"bad time\", got 1 record(s)", StringComparison.Ordinal));
        var right = ReaderContract.Problems(readers, [new ToySamples("toy", new Sample("toy a", "1970-01-01T00:00:00+00:00"), new Sample("nope", Bad: "not toy"))], docs);
        Assert.Empty(right);
    }

    [Fact]
    public void A_table_for_a_reader_that_does_not_exist_and_a_sniffing_tie_fail_the_contract()
    {
        // two readers that read the same lines equally well: detection would depend on list order
        ILogReader[] readers = [new ToyReader("toy"), new ToyReader("twin")];
        var docs = "| `toy` | x | x |\n| `twin` | x | x |";
        Sample[] samples = [new("toy a", "1970-01-01T00:00:00+00:00"), new("nope", Bad: "not toy")];
        var problems = ReaderContract.Problems(readers, [new ToySamples("toy", samples), new ToySamples("twin", samples), new ToySamples("ghost", samples)], docs);
        Assert.Contains("ghost: a sample table for a reader that does not exist", problems);
        Assert.Contains(problems, p => p.StartsWith("toy: twin scores its samples 1.00, not below its own 1.00", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_lines_never_throw_and_never_yield_records()
    {
        // every table's lines, shuffled into every other reader: no reader throws on another format's lines
        var lines = ReaderContract.AllTables().Where(t => t.Reader != "slack").SelectMany(t => t.Samples).Select(s => s.Line).ToList();
        foreach (var reader in ReaderCatalog.All.Where(r => r is not SlackExportReader))
        {
            using var input = LogInput.FromStream("mixed", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines))));
            var context = (ReaderContract.AllTables().FirstOrDefault(t => t.Reader == reader.Name)?.Context ?? LogParseContext.Default);
            var outcomes = reader.Read(input, context).ToList();
            Assert.All(outcomes.Where(o => o.Result.IsMalformed), o => Assert.Empty(o.Result.Records));
        }
    }
}
