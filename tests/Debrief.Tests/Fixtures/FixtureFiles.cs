// Reads the test fixtures copied next to the test assembly.
namespace Debrief.Tests.Fixtures;

internal static class FixtureFiles
{
    public static string Directory => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "postmortems");

    public static string Path(string name) => System.IO.Path.Combine(Directory, name);

    public static string Read(string name) => File.ReadAllText(Path(name));

    public static IEnumerable<string> All() => System.IO.Directory.GetFiles(Directory, "*.md").Order(StringComparer.Ordinal);
}
