// Slack export folders (channels.json + one folder of daily JSON files per channel): messages become chat events.
using System.Globalization;
using System.Text.Json;
using Debrief.Io;

namespace Debrief.Evidence.Readers;

/// <summary>Reads a Slack export folder; the incident channel is chosen by name (<c>--channel</c>, else one named like "incident").</summary>
public sealed class SlackExportReader : ILogReader
{
    /// <inheritdoc />
    public string Name => "slack";

    /// <inheritdoc />
    public string Description => "Slack export folder (messages of the incident channel become timeline candidates)";

    /// <inheritdoc />
    public bool TimesHaveOffsets => false;

    /// <inheritdoc />
    public double Sniff(InputSample sample, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return sample.Folder?.FileExists("channels.json") == true ? 1 : 0;
    }

    /// <summary>The channel to read: the one named by <paramref name="wanted"/>, else one whose name says "incident", "inc-", "outage" or "sev", else the only one.</summary>
    public static string? ChooseChannel(IReadOnlyList<string> names, string? wanted)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (wanted is not null)
            return names.FirstOrDefault(n => n.Equals(wanted.TrimStart('#'), StringComparison.OrdinalIgnoreCase));
        string[] words = ["incident", "inc-", "outage", "sev1", "sev-", "war-room", "warroom", "postmortem"];
        return names.FirstOrDefault(n => words.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)))
            ?? (names.Count == 1 ? names[0] : null);
    }

    /// <inheritdoc />
    public IEnumerable<LineOutcome> Read(LogInput input, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        var folder = input.Folder ?? throw new InputException(input.Name == "-" ? null : input.Name, null, "a Slack export is a folder (with channels.json)");
        var names = new List<string>();
        try
        {
            using var doc = JsonDocument.Parse(folder.ReadAllText("channels.json"));
            foreach (var ch in doc.RootElement.EnumerateArray())
                if (ch.TryGetProperty("name", out var n) && n.GetString() is { } name)
                    names.Add(name);
        }
        catch (JsonException e)
        {
            throw new InputException(folder.Describe("channels.json"), null, $"invalid JSON: {e.Message}", e);
        }
        var channel = ChooseChannel(names, context.Channel)
            ?? throw new InputException(input.Name, null, context.Channel is null
                ? $"several channels ({string.Join(", ", names.Take(10))}); choose one with --channel"
                : $"no channel named '{context.Channel}'");
        var users = ReadUsers(folder);
        if (!folder.FolderExists(channel))
            yield break;
        foreach (var file in folder.Files(channel, ".json"))
        {
            List<LineOutcome> outcomes = [];
            var fileName = file[(file.LastIndexOf('/') + 1)..];
            try
            {
                using var doc = JsonDocument.Parse(folder.ReadAllText(file));
                var i = 0;
                foreach (var message in doc.RootElement.EnumerateArray())
                {
                    i++;
                    outcomes.Add(new LineOutcome(i, $"{fileName} message {i}", ParseMessage(message, users, channel, context)));
                }
            }
            catch (JsonException)
            {
                outcomes.Add(new LineOutcome(1, fileName, LineResult.Bad("invalid JSON")));
            }
            foreach (var o in outcomes)
                yield return o;
        }
    }

    private static Dictionary<string, string> ReadUsers(IInputFolder folder)
    {
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!folder.FileExists("users.json"))
            return users;
        try
        {
            using var doc = JsonDocument.Parse(folder.ReadAllText("users.json"));
            foreach (var u in doc.RootElement.EnumerateArray())
                if (u.TryGetProperty("id", out var id) && id.GetString() is { } key)
                    users[key] = (u.TryGetProperty("real_name", out var rn) ? rn.GetString() : null)
                        ?? (u.TryGetProperty("name", out var n) ? n.GetString() : null) ?? key;
        }
        catch (JsonException)
        {
            // names are a nicety; ids will do
        }
        return users;
    }

    /// <summary>One message object of a daily file.</summary>
    public static LineResult ParseMessage(JsonElement message, IReadOnlyDictionary<string, string> users, string channel, LogParseContext context)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(context);
        if (message.ValueKind != JsonValueKind.Object)
            return LineResult.Bad("not a message object");
        if (message.TryGetProperty("subtype", out var sub) && sub.GetString() is "channel_join" or "channel_leave" or "bot_add")
            return LineResult.Ignored;
        if (!message.TryGetProperty("ts", out var ts) || !double.TryParse(ts.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return LineResult.Bad("no ts");
        var text = message.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        if (text.Trim().Length == 0)
            return LineResult.Ignored;
        string who = "someone";
        if (message.TryGetProperty("user", out var u) && u.GetString() is { } uid)
            who = users.TryGetValue(uid, out var name) ? name : uid;
        if (message.TryGetProperty("user_profile", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            var display = p.TryGetProperty("display_name", out var d) ? d.GetString() : null;
            var real = p.TryGetProperty("real_name", out var r) ? r.GetString() : null;
            who = !string.IsNullOrWhiteSpace(display) ? display : !string.IsNullOrWhiteSpace(real) ? real : who;
        }
        text = text.Replace('\n', ' ').Trim();
        if (text.Length > 160)
            text = text[..157] + "...";
        var time = DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000)).ToOffset(context.DefaultOffset);
        return LineResult.Ok(new EventRecord(time, EvidenceEventKind.Chat, $"{who} in #{channel}: {text}", context.SourceName));
    }
}
