// The reader contract as a check that lists what is wrong: every reader has a sample table, a docs row, and reads its samples as the table says.
using System.Globalization;
using Debrief.Evidence;
using Debrief.Tests.Evidence.Samples;

namespace Debrief.Tests.Evidence;

internal static class ReaderContract
{
    /// <summary>Every sample table of the Samples folder (the contract tests' own toy tables live elsewhere).</summary>
    public static IReadOnlyList<SampleTable> AllTables() =>
        [.. typeof(SampleTable).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(SampleTable)) && !t.IsAbstract && t.Namespace == typeof(SampleTable).Namespace)
            .Select(t => (SampleTable)Activator.CreateInstance(t)!)
            .OrderBy(t => t.Reader, StringComparer.Ordinal)];

    /// <summary>The problems of <paramref name="readers"/> against <paramref name="tables"/> and the text of docs/evidence.md;
    /// empty when the contract holds.</summary>
    public static List<string> Problems(IReadOnlyList<ILogReader> readers, IReadOnlyList<SampleTable> tables, string docs)
    {
        var problems = new List<string>();
        foreach (var name in readers.GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"{name}: two readers have this name");
        foreach (var table in tables.Where(t => readers.All(r => r.Name != t.Reader)))
            problems.Add($"{table.Reader}: a sample table for a reader that does not exist");
        foreach (var reader in readers)
        {
            if (!docs.Contains($"| `{reader.Name}` |", StringComparison.Ordinal))
                problems.Add($"{reader.Name}: no row in docs/evidence.md's input table (| `{reader.Name}` | ... |)");
            var table = tables.FirstOrDefault(t => t.Reader == reader.Name);
            if (table is null)
            {
                problems.Add($"{reader.Name}: no sample table (a SampleTable class in tests/Debrief.Tests/Evidence/Samples)");
                continue;
            }
            if (!table.Samples.Any(s => s.Good))
                problems.Add($"{reader.Name}: the sample table has no line that gives a record");
            if (!table.Samples.Any(s => s.Bad is not null))
                problems.Add($"{reader.Name}: the sample table has no malformed line");
            problems.AddRange(ReadProblems(reader, table));
            if (table.Sniffable)
                problems.AddRange(SniffProblems(reader, readers, table));
        }
        return problems;
    }

    private static IEnumerable<string> ReadProblems(ILogReader reader, SampleTable table)
    {
        List<LineOutcome> outcomes;
        try
        {
            using var input = table.Open(table.Samples);
            outcomes = [.. reader.Read(input, table.Context)];
        }
        catch (Exception e)
        {
            return [$"{reader.Name}: reading the samples threw {e.GetType().Name}: {e.Message}"];
        }
        var problems = new List<string>();
        foreach (var o in outcomes.Where(o => o.Result.IsMalformed && o.Result.Records.Count > 0))
            problems.Add($"{reader.Name}: outcome {o.LineNumber} is malformed but has records");
        for (var i = 0; i < table.Samples.Count; i++)
        {
            var sample = table.Samples[i];
            var number = table.OutcomeNumber(i);
            var where = $"{reader.Name} sample {i + 1} ({Short(sample.Line)})";
            var found = outcomes.Where(o => o.LineNumber == number).ToList();
            if (found.Count > 1)
            {
                problems.Add($"{where}: {found.Count} outcomes numbered {number}");
                continue;
            }
            if (found.Count == 0)
            {
                if (!sample.Ignored)
                    problems.Add($"{where}: no outcome");
                continue;
            }
            var result = found[0].Result;
            if (sample.Bad is not null)
            {
                if (result.MalformedReason != sample.Bad)
                    problems.Add($"{where}: expected malformed \"{sample.Bad}\", got {Describe(result)}");
            }
            else if (sample.Good)
                problems.AddRange(RecordProblems(where, sample, result));
            else if (!result.IsIgnored)
                problems.Add($"{where}: expected nothing, got {Describe(result)}");
        }
        return problems;
    }

    private static IEnumerable<string> RecordProblems(string where, Sample sample, LineResult result)
    {
        if (result.IsMalformed || result.Records.Count != sample.Records)
        {
            yield return $"{where}: expected {sample.Records} record(s), got {Describe(result)}";
            yield break;
        }
        var record = result.Records[0];
        var expected = DateTimeOffset.Parse(sample.Time!, CultureInfo.InvariantCulture);
        var seconds = record.Time.AddTicks(-(record.Time.Ticks % TimeSpan.TicksPerSecond));
        if (seconds != expected || record.Time.Offset != expected.Offset)
            yield return $"{where}: time {sample.Time}, got {TimeText.Iso(record.Time)}";
        var (status, client, method, path, latency) = record is RequestRecord r ? (r.Status, r.Client, r.Method, r.Path, r.LatencySeconds) : ((int?)null, (string?)null, (string?)null, (string?)null, (double?)null);
        if (sample.Status is { } st && st != status)
            yield return $"{where}: status {st}, got {status?.ToString(CultureInfo.InvariantCulture) ?? "no request"}";
        if (sample.Client is { } c && c != client)
            yield return $"{where}: client {c}, got {client ?? "none"}";
        if (sample.Method is { } m && m != method)
            yield return $"{where}: method {m}, got {method ?? "none"}";
        if (sample.Path is { } p && p != path)
            yield return $"{where}: path {p}, got {path ?? "none"}";
        if (sample.Latency is { } l && (latency is not { } got || Math.Abs(got - l) > 1e-9))
            yield return $"{where}: latency {l}, got {latency?.ToString(CultureInfo.InvariantCulture) ?? "none"}";
        var text = record switch { MessageRecord mr => mr.Text, EventRecord e => e.Text, _ => null };
        if (sample.Text is { } t && (text is null || !text.Contains(t, StringComparison.Ordinal)))
            yield return $"{where}: text containing \"{t}\", got \"{text}\"";
        if (sample.Severity is { } sv && (record as MessageRecord)?.Severity != sv)
            yield return $"{where}: severity {sv}, got {(record as MessageRecord)?.Severity.ToString() ?? "no message"}";
        if (sample.Origin is { } or && (record as MessageRecord)?.Origin != or)
            yield return $"{where}: origin {or}, got {(record as MessageRecord)?.Origin ?? "none"}";
        if (sample.Kind is { } k && (record as EventRecord)?.Kind != k)
            yield return $"{where}: event kind {k}, got {(record as EventRecord)?.Kind.ToString() ?? "no event"}";
        if (sample.End is { } end && (record as EventRecord)?.End is var gotEnd && gotEnd != DateTimeOffset.Parse(end, CultureInfo.InvariantCulture))
            yield return $"{where}: end {end}, got {(gotEnd is { } ge ? TimeText.Iso(ge) : "none")}";
    }

    private static IEnumerable<string> SniffProblems(ILogReader reader, IReadOnlyList<ILogReader> readers, SampleTable table)
    {
        // the good and ignorable lines alone must be taken for this format, by a strictly higher score than any other's
        using var input = table.Open([.. table.Samples.Where(s => s.Bad is null && (s.Good || s.Line.Length > 0))]);
        var sample = input.Sample();
        var scores = readers.Select(r => (Reader: r, Score: r.Sniff(sample, table.Context))).ToList();
        var own = scores.First(s => ReferenceEquals(s.Reader, reader)).Score;
        if (ReaderCatalog.Detect(readers, sample, table.Context) != reader)
            yield return $"{reader.Name}: its good samples are not detected as {reader.Name} (score {own:0.00}; detected {ReaderCatalog.Detect(readers, sample, table.Context)?.Name ?? "nothing"})";
        foreach (var (other, score) in scores.Where(s => !ReferenceEquals(s.Reader, reader) && s.Score >= own && s.Score > 0))
            yield return $"{reader.Name}: {other.Name} scores its samples {score:0.00}, not below its own {own:0.00} (detection would depend on reader order)";
    }

    private static string Describe(LineResult r) =>
        r.IsMalformed ? $"malformed \"{r.MalformedReason}\"" : r.IsIgnored ? "nothing" : $"{r.Records.Count} record(s)";

    private static string Short(string line) => line.Length > 40 ? line[..40] + "..." : line;
}
