// A folder input held in memory (relative path -> text), for sample tables of folder formats.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

internal sealed class MemoryFolder(IReadOnlyDictionary<string, string> files) : IInputFolder
{
    public bool FileExists(string relativePath) => files.ContainsKey(relativePath);

    public bool FolderExists(string relativePath) => files.Keys.Any(k => k.StartsWith(relativePath + "/", StringComparison.Ordinal));

    public IReadOnlyList<string> Files(string relativeFolder, string suffix) =>
        [.. files.Keys.Where(k => k.StartsWith(relativeFolder + "/", StringComparison.Ordinal) && !k[(relativeFolder.Length + 1)..].Contains('/')
                                  && k.EndsWith(suffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    public string ReadAllText(string relativePath) => files[relativePath];

    public string Describe(string relativePath) => "memory:" + relativePath;
}
