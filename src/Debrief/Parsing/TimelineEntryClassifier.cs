// Guesses what a timeline entry records (detection, escalation, misleading path, resolution, action) from word lists.
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>Classifies timeline entry text with the vocabulary word lists.</summary>
public static class TimelineEntryClassifier
{
    /// <summary>The most specific kind whose words occur in the text.</summary>
    public static TimelineEntryKind Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Vocabularies.Escalation.IsMatch(text) && Vocabularies.Phrases("escalation-strong-words.txt").IsMatch(text))
            return TimelineEntryKind.Escalation;
        if (Vocabularies.MisleadingPath.IsMatch(text)) return TimelineEntryKind.MisleadingPath;
        if (Vocabularies.Escalation.IsMatch(text)) return TimelineEntryKind.Escalation;
        if (Vocabularies.Resolution.IsMatch(text)) return TimelineEntryKind.Resolution;
        if (Vocabularies.Detection.IsMatch(text)) return TimelineEntryKind.Detection;
        if (Vocabularies.Action.IsMatch(text)) return TimelineEntryKind.Action;
        return TimelineEntryKind.Other;
    }
}
