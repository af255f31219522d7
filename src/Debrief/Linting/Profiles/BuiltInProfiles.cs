// The built-in profiles: `brief` (the classic short web-stack postmortem) and `sre` (the Google SRE template).
using Debrief.Model;

namespace Debrief.Linting.Profiles;

/// <summary>The profiles that ship with Debrief.</summary>
public static class BuiltInProfiles
{
    /// <summary>PRODUCT section 1: Issue Summary, Timeline, Root cause and resolution, Corrective and preventative measures; 400-600 words.</summary>
    public static Profile Brief { get; } = new()
    {
        Name = "brief",
        Description = "The classic short web-stack postmortem: four sections, every element, 400-600 words.",
        Sections =
        [
            new("Issue Summary", [SectionKind.Summary],
                "**Duration:** TODO start - end, with timezone (e.g. 14:00 - 15:30 UTC)\n\n**Impact:** TODO which service, what users saw, what percentage of users\n\n**Root cause:** TODO one sentence\n"),
            new("Timeline", [SectionKind.Timeline],
                "- TODO HH:MM TZ - how the issue was detected\n- TODO HH:MM TZ - what was investigated (and which paths misled)\n- TODO HH:MM TZ - who it was escalated to\n- TODO HH:MM TZ - how it was resolved\n"),
            new("Root Cause and Resolution", [SectionKind.RootCauseAndResolution, SectionKind.RootCause, SectionKind.Resolution],
                "TODO what caused the issue, in detail.\n\nTODO how it was fixed, in detail.\n"),
            new("Corrective and Preventative Measures", [SectionKind.Measures, SectionKind.ActionItems],
                "TODO what can be improved, broadly.\n\n- [ ] TODO a specific task (verb + object, e.g. \"add monitoring on server memory\")\n"),
        ],
        Elements = ElementKeys.All.Where(k => k != ElementKeys.Length).ToHashSet(StringComparer.Ordinal),
        Words = new WordBudget(400, 600),
        SectionWordLimits = new Dictionary<SectionKind, int> { [SectionKind.Summary] = 150 },
        ActionItemFields = ActionItemFields.None,
    };

    /// <summary>The Google SRE book template: Summary ... Supporting information; typed, owned, ticketed action items.</summary>
    public static Profile Sre { get; } = new()
    {
        Name = "sre",
        Description = "The Google SRE template: Summary, Impact, Root Causes, Trigger, Resolution, Detection, Action Items, Lessons Learned, Timeline.",
        Sections =
        [
            new("Summary", [SectionKind.Summary], "TODO what happened, in one or two sentences.\n"),
            new("Impact", [SectionKind.Impact], "TODO who was affected and how much (numbers).\n"),
            new("Root Causes", [SectionKind.RootCause, SectionKind.RootCauseAndResolution], "TODO the underlying causes.\n"),
            new("Trigger", [SectionKind.Trigger], "TODO what set the failure off.\n"),
            new("Resolution", [SectionKind.Resolution, SectionKind.RootCauseAndResolution], "TODO how the service was restored.\n"),
            new("Detection", [SectionKind.Detection], "TODO how and when the problem was detected.\n"),
            new("Action Items", [SectionKind.ActionItems, SectionKind.Measures],
                "| Action Item | Type | Owner | Ticket |\n| ----------- | ---- | ----- | ------ |\n| TODO | prevent | TODO | TODO |\n"),
            new("Lessons Learned", [SectionKind.LessonsLearned],
                "### What went well\n\n- TODO\n\n### What went wrong\n\n- TODO\n\n### Where we got lucky\n\n- TODO\n"),
            new("Timeline", [SectionKind.Timeline], "All times UTC.\n\n| Time | Description |\n| ---- | ----------- |\n| TODO | TODO |\n"),
        ],
        Elements = new HashSet<string>(StringComparer.Ordinal)
        {
            ElementKeys.Summary, ElementKeys.SummaryImpact, ElementKeys.Timeline, ElementKeys.TimelineDetectedAt,
            ElementKeys.TimelineDetectionMethod, ElementKeys.TimelineResolution, ElementKeys.RootCause,
            ElementKeys.RootCauseResolution, ElementKeys.MeasuresTasks,
        },
        Words = WordBudget.None,
        ActionItemFields = ActionItemFields.Type | ActionItemFields.Owner | ActionItemFields.Ticket,
    };

    /// <summary>The built-in profiles by name.</summary>
    public static IReadOnlyDictionary<string, Profile> ByName { get; } =
        new Dictionary<string, Profile>(StringComparer.OrdinalIgnoreCase) { [Brief.Name] = Brief, [Sre.Name] = Sre };
}
