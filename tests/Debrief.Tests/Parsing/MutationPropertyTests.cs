using System.Text;
using Debrief.Elements;
using Debrief.Io;
using Debrief.Json;
using Debrief.Parsing;
using Debrief.Tests.Fixtures;

namespace Debrief.Tests.Parsing;

/// <summary>
/// Property: whatever is done to a real-looking document (lines deleted, duplicated or swapped, truncation,
/// punctuation sprayed in, deep nesting), parsing, the element report and the JSON never throw; only malformed
/// front matter may raise the documented <see cref="InputException"/>. Fixed seed, so failures reproduce.
/// </summary>
public sealed class MutationPropertyTests
{
    private const int Seed = 20261126;
    private const int MutationsPerFixture = 150;
    private const string Punctuation = "#*_`[]()<>|-:!~=+>.\\/{}\"'&;\t\r\n ";

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var f in FixtureFiles.All()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Random_mutations_never_throw(string name)
    {
        // One seed in CI; DEBRIEF_MUTATION_SEEDS=60 explores more when hunting a bug.
        var seeds = Environment.GetEnvironmentVariable("DEBRIEF_MUTATION_SEEDS") is string n
            ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)
            : 1;
        var original = FixtureFiles.Read(name);
        for (var s = 0; s < seeds; s++)
        {
            var random = new Random(Seed + s * 7919 + StableHash(name));
            var text = original;
            for (var i = 0; i < MutationsPerFixture; i++)
            {
                text = i % 10 == 0 ? original : Mutate(text, random);
                AssertSurvives(text, $"{name}, seed {s}, mutation {i}");
            }
        }
    }

    /// <summary>A hash that is the same on every run (string.GetHashCode is randomised per process).</summary>
    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s) h = unchecked(h * 31 + c);
        return h & 0x7fff;
    }

    [Theory]
    [InlineData("> ", 400)]
    [InlineData("- ", 400)]
    [InlineData("1. ", 300)]
    [InlineData("  ", 2000)]
    [InlineData("**", 2000)]
    [InlineData("[", 2000)]
    [InlineData("<div>", 1000)]
    public void Deep_nesting_never_throws(string prefix, int depth)
    {
        var sb = new StringBuilder("# Timeline\n");
        for (var i = 0; i < 30; i++)
            sb.Append(string.Concat(Enumerable.Repeat(prefix, depth * i / 30))).Append("10:0").Append(i % 10).Append(" - step\n");
        AssertSurvives(sb.ToString(), $"{prefix} x {depth}");
    }

    private static void AssertSurvives(string text, string what)
    {
        try
        {
            var pm = PostmortemParser.Parse(text, "mutated.md");
            var report = ElementDetector.Detect(pm);
            JsonRoundTrip.AssertShowJsonReadsBack(pm, report);
            // Every span the model points at lies inside the text (a mutated document must not yield positions past its end).
            Assert.All(pm.Timeline, e => Assert.InRange(e.Span.Start + e.Span.Length, 0, text.Length));
            Assert.All(pm.Sections, s => Assert.InRange(s.Span.Start + s.Span.Length, 0, text.Length));
        }
        catch (InputException e) when (e.Message.StartsWith("front matter", StringComparison.Ordinal))
        {
            // Malformed front matter is reported to the user with its line: the documented outcome.
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{what}: {e.GetType().Name}: {e.Message}\n--- document ---\n{text}");
        }
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        switch (random.Next(7))
        {
            case 0 when lines.Count > 1:
                lines.RemoveAt(random.Next(lines.Count));
                break;
            case 1:
            {
                var i = random.Next(lines.Count);
                lines.Insert(i, lines[i]);
                break;
            }
            case 2 when lines.Count > 1:
            {
                int a = random.Next(lines.Count), b = random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                break;
            }
            case 3:
                return text[..random.Next(text.Length + 1)];
            case 4:
            {
                var sb = new StringBuilder(text);
                for (var k = random.Next(1, 12); k > 0; k--)
                    sb.Insert(random.Next(sb.Length + 1), Punctuation[random.Next(Punctuation.Length)]);
                return sb.ToString();
            }
            case 5:
            {
                var i = random.Next(lines.Count);
                var prefix = random.Next(3) switch { 0 => "> ", 1 => "  - ", _ => "    " };
                lines[i] = string.Concat(Enumerable.Repeat(prefix, random.Next(1, 60))) + lines[i];
                break;
            }
            default:
            {
                var i = random.Next(lines.Count);
                var chars = lines[i].ToCharArray();
                if (chars.Length > 0) chars[random.Next(chars.Length)] = (char)random.Next(0x20, 0x3000);
                lines[i] = new string(chars);
                break;
            }
        }
        return string.Join('\n', lines);
    }
}
