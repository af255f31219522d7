// `seed DIR COUNT CORPUS` writes variants of the corpus; `query DB` times search, list+filter and similar incidents.
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Debrief.Archive.Model;
using Debrief.Archive.Storage;

namespace Debrief.Archive.Bench;

public static class Program
{
    private static readonly string[] Services = ["checkout", "payments", "search", "login", "edge", "cache", "orders", "catalog", "billing", "api", "dns", "storage", "queue", "mail", "cdn"];
    private static readonly string[] Tags = ["database", "capacity", "deploy", "config", "network", "dns", "tls", "security", "cache", "dependency", "hardware", "human-error"];
    private static readonly string[] Severities = ["SEV1", "SEV2", "SEV3", "SEV4"];
    private static readonly string[] Statuses = ["draft", "in-review", "published", "published"];

    public static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["seed", var dir, var count, var corpus]:
                Seed(dir, int.Parse(count, CultureInfo.InvariantCulture), corpus);
                return 0;
            case ["query", var db]:
                await QueryAsync(db, 300);
                return 0;
            default:
                Console.Error.WriteLine("usage: ArchiveBench seed DIR COUNT CORPUS_DIR | query DB");
                return 2;
        }
    }

    /// <summary>Writes COUNT postmortems: corpus file i % n with new front matter (metadata drawn from a seeded
    /// random generator) and a sentence that makes each text unique.</summary>
    private static void Seed(string dir, int count, string corpus)
    {
        var sources = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).Contains("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => StripFrontMatter(File.ReadAllText(f)))
            .ToArray();
        var random = new Random(42);
        var words = sources.SelectMany(s => s.Split([' ', '\n', '\r', '\t', '.', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 4 && w.All(char.IsLetter)).Distinct().ToArray();
        Directory.CreateDirectory(dir);
        for (var i = 0; i < count; i++)
        {
            var body = sources[i % sources.Length];
            var started = new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 7 * 365 * 24 * 60));
            var services = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Services[random.Next(Services.Length)]).Distinct();
            var tags = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Tags[random.Next(Tags.Length)]).Distinct();
            var unique = string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)]));
            var sb = new StringBuilder();
            sb.Append("---\n");
            sb.Append(CultureInfo.InvariantCulture, $"title: \"Incident {i}: {Title(body)}\"\n");
            sb.Append(CultureInfo.InvariantCulture, $"status: {Statuses[random.Next(Statuses.Length)]}\n");
            sb.Append(CultureInfo.InvariantCulture, $"severity: {Severities[random.Next(Severities.Length)]}\n");
            sb.Append(CultureInfo.InvariantCulture, $"services: [{string.Join(", ", services)}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"tags: [{string.Join(", ", tags)}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"started: {started:yyyy-MM-ddTHH:mm:ssZ}\n");
            sb.Append(CultureInfo.InvariantCulture, $"ended: {started.AddMinutes(random.Next(5, 600)):yyyy-MM-ddTHH:mm:ssZ}\n");
            sb.Append("---\n\n");
            sb.Append(body.TrimEnd()).Append("\n\nNotes: ").Append(unique).Append(".\n");
            var path = Path.Combine(dir, (i / 1000).ToString("D3", CultureInfo.InvariantCulture), $"incident-{i:D5}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {count} postmortems from {sources.Length} corpus files into {dir}"));
    }

    private static string StripFrontMatter(string text)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
            return text;
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        return end < 0 ? text : text[(text.IndexOf('\n', end + 1) + 1)..];
    }

    private static string Title(string body)
    {
        var heading = body.Split('\n').FirstOrDefault(l => l.StartsWith('#'))?.TrimStart('#').Trim() ?? "postmortem";
        return heading.Replace("\"", "'", StringComparison.Ordinal).Replace("\\", "/", StringComparison.Ordinal)[..Math.Min(60, heading.Length)];
    }

    /// <summary>Times each kind of read ROUNDS times after a warm-up; prints p50 and p95 in milliseconds.</summary>
    private static async Task QueryAsync(string db, int rounds)
    {
        await using var store = await ArchiveStores.OpenAsync(db, ArchiveOpenMode.MustExist);
        var total = (await store.ListAsync(new ListQuery { PageSize = 1, WithFacets = false })).Total;
        string[] searches =
        [
            "database", "connection pool", "\"connection pool\"", "deploy*", "outage", "dns", "certificate expired", "rollback",
            "memory leak", "\"root cause\"", "kubernetes", "replication lag", "latency", "disk full", "config*", "timeout OR latency",
            "load balancer", "cache -redis", "postgres", "nginx",
        ];
        var random = new Random(7);
        ListFilter RandomFilter() => random.Next(6) switch
        {
            0 => new ListFilter { Statuses = [ArchiveStatus.Published] },
            1 => new ListFilter { Severities = [Severities[random.Next(Severities.Length)]] },
            2 => new ListFilter { Service = Services[random.Next(Services.Length)] },
            3 => new ListFilter { Tag = Tags[random.Next(Tags.Length)] },
            4 => new ListFilter { StartedFrom = new DateTimeOffset(2021 + random.Next(3), 1, 1, 0, 0, 0, TimeSpan.Zero), StartedTo = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) },
            _ => new ListFilter { MinScore = 40, MaxScore = 80, Service = Services[random.Next(Services.Length)] },
        };
        var ids = (await store.ListAsync(new ListQuery { PageSize = 200, WithFacets = false, Sort = ListSort.Title })).Items.Select(p => p.Id).ToArray();

        async Task<(double P50, double P95, double Max)> Time(Func<int, Task> action)
        {
            for (var i = 0; i < 20; i++)
                await action(i);
            var samples = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var sw = Stopwatch.StartNew();
                await action(i);
                samples.Add(sw.Elapsed.TotalMilliseconds);
            }
            samples.Sort();
            return (samples[samples.Count / 2], samples[(int)Math.Ceiling(samples.Count * 0.95) - 1], samples[^1]);
        }

        var search = await Time(i => store.SearchAsync(new SearchRequest { Text = searches[i % searches.Length] }));
        var searchFiltered = await Time(i => store.SearchAsync(new SearchRequest { Text = searches[i % searches.Length], Filter = RandomFilter() }));
        var list = await Time(_ => store.ListAsync(new ListQuery { Filter = RandomFilter(), Sort = (ListSort)random.Next(6) }));
        var listPlain = await Time(_ => store.ListAsync(new ListQuery { WithFacets = false, Filter = RandomFilter() }));
        var similar = await Time(i => store.SimilarAsync(ids[i % ids.Length]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store.Display}: {total} postmortems, {rounds} timed runs each (after 20 warm-up runs)"));
        Console.WriteLine("| read | p50 [ms] | p95 [ms] | max [ms] |");
        Console.WriteLine("|---|---:|---:|---:|");
        void Row(string name, (double P50, double P95, double Max) t) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {t.P50:F1} | {t.P95:F1} | {t.Max:F1} |"));
        Row("search (20 queries, page of 20 with snippets and total)", search);
        Row("search + a random filter", searchFiltered);
        Row("list + a random filter + sort, with 4 facet counts", list);
        Row("list + a random filter, no facets", listPlain);
        Row("similar incidents (top 5)", similar);
    }
}
