// The one Markdig pipeline Debrief parses with, built once: YAML front matter, precise locations, pipe tables, task lists.
using Markdig;

namespace Debrief.Parsing;

/// <summary>Shared Markdig pipelines (thread-safe, built once).</summary>
public static class MarkdownPipelines
{
    /// <summary>CommonMark + YAML front matter + GitHub pipe tables + task lists, with precise source locations.</summary>
    public static MarkdownPipeline Default { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseTaskLists()
        .Build();
}
