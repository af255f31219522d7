// Where the tests find their fixtures, the repository and a scratch folder of their own.
namespace Debrief.Archive.Tests.Infrastructure;

internal static class TestPaths
{
    /// <summary>The fixtures copied next to the test assembly.</summary>
    public static string Fixtures(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    /// <summary>The repository root (the folder with Debrief.slnx).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Debrief.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root (Debrief.slnx) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("debrief-archive-test-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process killed by a test may still hold a file for a moment; the OS cleans /tmp.
        }
    }
}
