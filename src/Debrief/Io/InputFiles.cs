// Expands the lint command's operands: files, directories (every *.md below), glob patterns and "-" for stdin.
using Microsoft.Extensions.FileSystemGlobbing;

namespace Debrief.Io;

/// <summary>Turns operands into a sorted, de-duplicated list of documents.</summary>
public static class InputFiles
{
    private static readonly string[] MarkdownPatterns = ["**/*.md", "**/*.markdown"];

    /// <summary>Expands operands; unknown paths and patterns matching nothing are InputExceptions.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> operands, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(operands);
        var cwd = workingDirectory ?? Directory.GetCurrentDirectory();
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path)
        {
            if (path == "-" ? seen.Add("-") : seen.Add(Path.GetFullPath(path, cwd)))
                result.Add(path);
        }
        foreach (var operand in operands)
        {
            if (operand == "-")
            {
                Add("-");
            }
            else if (File.Exists(Path.Combine(cwd, operand)))
            {
                Add(operand);
            }
            else if (Directory.Exists(Path.Combine(cwd, operand)))
            {
                var matches = Match(Path.Combine(cwd, operand), MarkdownPatterns)
                    .Select(rel => Path.Combine(operand, rel)).ToList();
                if (matches.Count == 0)
                    throw InputException.ForFile(operand, null, "no Markdown files (*.md, *.markdown) in this directory", ErrorCodes.NotFound);
                foreach (var m in matches)
                    Add(m);
            }
            else if (operand.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var (root, pattern) = SplitGlob(operand);
                var baseDir = Path.Combine(cwd, root);
                var matches = Directory.Exists(baseDir) ? Match(baseDir, [pattern]).Select(rel => root.Length == 0 ? rel : Path.Combine(root, rel)).ToList() : [];
                if (matches.Count == 0)
                    throw InputException.ForFile(operand, null, "no files match this pattern", ErrorCodes.NotFound);
                foreach (var m in matches)
                    Add(m);
            }
            else
            {
                throw InputException.ForFile(operand, null, "no such file or directory", ErrorCodes.NotFound);
            }
        }
        return result;
    }

    private static IEnumerable<string> Match(string directory, IEnumerable<string> patterns)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns);
        matcher.AddExclude("**/node_modules/**");
        matcher.AddExclude("**/.git/**");
        return matcher.GetResultsInFullPath(directory)
            .Select(full => Path.GetRelativePath(directory, full))
            .OrderBy(p => p, StringComparer.Ordinal);
    }

    /// <summary>"docs/**/*.md" → ("docs", "**/*.md"): the literal folders before the first wildcard, and the rest.</summary>
    private static (string Root, string Pattern) SplitGlob(string glob)
    {
        var parts = glob.Replace('\\', '/').Split('/');
        var i = 0;
        while (i < parts.Length - 1 && parts[i].IndexOfAny(['*', '?', '[']) < 0)
            i++;
        return (string.Join('/', parts[..i]), string.Join('/', parts[i..]));
    }
}
