// `git log` output (default, medium, fuller, or --date=iso/iso-strict): each commit becomes a deploy/change event.
using System.Globalization;

namespace Debrief.Evidence.Readers;

/// <summary>Reads the text of <c>git log</c>; the commit date and subject make a change event.</summary>
public sealed class GitLogReader : ILogReader
{
    /// <inheritdoc />
    public string Name => "gitlog";

    /// <inheritdoc />
    public string Description => "git log output (commits become change events)";

    /// <inheritdoc />
    public bool TimesHaveOffsets => true;

    /// <inheritdoc />
    public double Sniff(InputSample sample, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.IsDirectory || sample.Lines.Count == 0)
            return 0;
        var first = sample.Lines[0];
        return first.StartsWith("commit ", StringComparison.Ordinal) && first.Length >= 14
            && sample.Lines.Any(l => l.StartsWith("Date:", StringComparison.Ordinal) || l.StartsWith("CommitDate:", StringComparison.Ordinal)) ? 1 : 0;
    }

    /// <inheritdoc />
    public IEnumerable<LineOutcome> Read(LogInput input, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        using var reader = input.OpenText();
        long number = 0, commitLine = 0;
        string? hash = null, author = null, subject = null, commitText = null;
        DateTimeOffset? date = null;
        string? dateText = null;
        var inMessage = false;

        LineOutcome? Finish()
        {
            if (hash is null)
                return null;
            LineResult result;
            if (date is null)
                result = LineResult.Bad(dateText is null ? "commit without date" : "bad date");
            else
            {
                var text = $"Change {hash[..Math.Min(8, hash.Length)]}{(author is null ? "" : $" by {author}")}: {subject ?? "(no message)"}";
                result = LineResult.Ok(new EventRecord(date.Value, EvidenceEventKind.Deploy, text, context.SourceName));
            }
            var outcome = new LineOutcome(commitLine, commitText!, result);
            hash = author = subject = dateText = null;
            date = null;
            inMessage = false;
            return outcome;
        }

        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.StartsWith("commit ", StringComparison.Ordinal))
            {
                if (Finish() is { } done)
                    yield return done;
                commitLine = number;
                commitText = line;
                hash = line[7..].Split(' ')[0];
                continue;
            }
            if (hash is null)
                continue;
            if (!inMessage && line.StartsWith("Author:", StringComparison.Ordinal))
            {
                var a = line[7..].Trim();
                var lt = a.IndexOf('<');
                author = (lt > 0 ? a[..lt] : a).Trim();
            }
            else if (!inMessage && (line.StartsWith("Date:", StringComparison.Ordinal) || line.StartsWith("CommitDate:", StringComparison.Ordinal)))
            {
                dateText = line[(line.IndexOf(':') + 1)..].Trim();
                if (TryParseDate(dateText, out var d))
                    date = d;
            }
            else if (line.Length == 0 && !inMessage)
                inMessage = true;
            else if (inMessage && subject is null && line.Trim().Length > 0)
                subject = line.Trim();
        }
        if (Finish() is { } last)
            yield return last;
    }

    /// <summary>"Thu Mar 14 13:43:10 2025 +0100", "2025-03-14 13:43:10 +0100", "2025-03-14T13:43:10+01:00", RFC 2822.</summary>
    public static bool TryParseDate(string text, out DateTimeOffset date)
    {
        string[] formats = ["ddd MMM d HH:mm:ss yyyy zzz", "yyyy-MM-dd HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz"];
        var normalised = NormaliseOffset(text);
        if (DateTimeOffset.TryParseExact(normalised, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
            return true;
        return TimeText.TryParseIso(text, TimeSpan.Zero, out date) && HasOffset(text);
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || (text.Length > 6 && (text[^6] is '+' or '-'));

    // git writes "+0100"; .NET's zzz wants "+01:00"
    private static string NormaliseOffset(string text)
    {
        var sp = text.LastIndexOf(' ');
        if (sp < 0)
            return text;
        var zone = text[(sp + 1)..];
        if (zone.Length == 5 && (zone[0] is '+' or '-') && zone[1..].All(char.IsAsciiDigit))
            return text[..sp] + " " + zone[..3] + ":" + zone[3..];
        return text;
    }
}
