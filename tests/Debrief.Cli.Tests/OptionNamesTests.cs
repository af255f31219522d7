// Every option the core names in an error ({option:x} or an option error) is a real flag of some command.
using System.CommandLine;
using System.Text.RegularExpressions;

namespace Debrief.Cli.Tests;

public sealed partial class OptionNamesTests
{
    private static HashSet<string> Flags()
    {
        var flags = new HashSet<string>(StringComparer.Ordinal);
        void Walk(Command c)
        {
            foreach (var o in c.Options)
            {
                flags.Add(o.Name);
                foreach (var a in o.Aliases) flags.Add(a);
            }
            foreach (var s in c.Subcommands) Walk(s);
        }
        Walk(CliApp.BuildRoot());
        return flags;
    }

    [Fact]
    public void Every_option_the_core_refers_to_is_a_flag_of_the_cli()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
        var src = Path.Combine(root, "src");
        Assert.True(Directory.Exists(src), $"source folder not found at {src}");
        var flags = Flags();
        var referenced = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            if (Path.GetFileName(file) is "DebriefError.cs" or "InputException.cs") continue; // the mechanism itself
            var text = File.ReadAllText(file);
            foreach (Match m in Reference().Matches(text)) referenced.Add(m.Groups[1].Value);
            foreach (Match m in ForOption().Matches(text)) referenced.Add(m.Groups[1].Value);
        }
        Assert.NotEmpty(referenced);
        var unknown = referenced.Where(name => !flags.Contains(CliApp.FlagName(name))).ToList();
        Assert.True(unknown.Count == 0, "options named by the core that no command has: " + string.Join(", ", unknown));
    }

    [Fact]
    public void An_option_error_is_labelled_with_its_flag_not_stdin()
    {
        var r = CliHarness.Run("new", "--start", "yesterday", "--title", "x");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("debrief: --start: 'yesterday' is not a date-time", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("<stdin>", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_profile_is_reported_once_per_run()
    {
        var dir = Directory.CreateTempSubdirectory("debrief-profile-");
        try
        {
            for (var i = 0; i < 3; i++)
                File.WriteAllText(Path.Combine(dir.FullName, $"{i}.md"), "# T\n\ntext\n");
            var r = CliHarness.Run("lint", "--profile", "nope", dir.FullName);
            Assert.Equal(2, r.ExitCode);
            Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("unknown profile", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"\{option:([a-z][a-z0-9-]*)\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"ForOption\(\s*""([a-z][a-z0-9-]*)""")]
    private static partial Regex ForOption();
}
