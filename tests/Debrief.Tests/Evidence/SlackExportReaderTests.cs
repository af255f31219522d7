// Slack export folders: the incident channel is chosen by name; messages become chat events in the logs' offset.
using System.Globalization;
using Debrief.Evidence;
using Debrief.Evidence.Readers;

namespace Debrief.Tests.Evidence;

public sealed class SlackExportReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("debrief-slack-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void WriteExport()
    {
        File.WriteAllText(Path.Combine(_dir, "channels.json"), """[{"id":"C1","name":"general"},{"id":"C2","name":"inc-2025-03-14-checkout"}]""");
        File.WriteAllText(Path.Combine(_dir, "users.json"), """[{"id":"U1","name":"chen","real_name":"Chen Li"}]""");
        Directory.CreateDirectory(Path.Combine(_dir, "general"));
        File.WriteAllText(Path.Combine(_dir, "general", "2025-03-14.json"), """[{"type":"message","user":"U1","text":"lunch?","ts":"1741956000.000100"}]""");
        Directory.CreateDirectory(Path.Combine(_dir, "inc-2025-03-14-checkout"));
        File.WriteAllText(Path.Combine(_dir, "inc-2025-03-14-checkout", "2025-03-14.json"), """
            [
              {"type":"message","subtype":"channel_join","user":"U1","text":"<@U1> has joined the channel","ts":"1741956400.000100"},
              {"type":"message","user":"U1","text":"checkout is returning 502s, rolling back","ts":"1741956422.000200"},
              {"type":"message","user":"U2","text":"","ts":"1741956430.000200"},
              {"type":"message","user":"U2","text":"no ts here"}
            ]
            """);
    }

    [Fact]
    public void Incident_channel_messages_become_chat_events()
    {
        WriteExport();
        using var input = EvidenceFiles.Open(_dir);
        var reader = ReaderCatalog.Detect(input.Sample(), LogParseContext.Default);
        Assert.IsType<SlackExportReader>(reader);
        var outcomes = reader!.Read(input, new LogParseContext { DefaultOffset = TimeSpan.FromHours(1), SourceName = "slack" }).ToList();
        var events = outcomes.SelectMany(o => o.Result.Records).Cast<EventRecord>().ToList();
        var e = Assert.Single(events);
        Assert.Equal(EvidenceEventKind.Chat, e.Kind);
        Assert.Equal(DateTimeOffset.Parse("2025-03-14T13:47:02+01:00", CultureInfo.InvariantCulture), e.Time.AddTicks(-(e.Time.Ticks % TimeSpan.TicksPerSecond)));
        Assert.Equal(TimeSpan.FromHours(1), e.Time.Offset);
        Assert.Equal("Chen Li in #inc-2025-03-14-checkout: checkout is returning 502s, rolling back", e.Text);
        Assert.Equal("no ts", Assert.Single(outcomes, o => o.Result.IsMalformed).Result.MalformedReason);
    }

    [Theory]
    [InlineData(new[] { "general", "incident-42" }, null, "incident-42")]
    [InlineData(new[] { "general", "random" }, null, null)]
    [InlineData(new[] { "only" }, null, "only")]
    [InlineData(new[] { "general", "ops" }, "#ops", "ops")]
    public void Channel_is_chosen_by_name(string[] names, string? wanted, string? expected) =>
        Assert.Equal(expected, SlackExportReader.ChooseChannel(names, wanted));

    [Fact]
    public void Several_channels_without_an_incident_name_ask_for_channel()
    {
        File.WriteAllText(Path.Combine(_dir, "channels.json"), """[{"name":"a"},{"name":"b"}]""");
        var e = Assert.Throws<Debrief.Io.InputException>(() => EvidenceRun.Files([_dir]));
        Assert.Contains("--channel", e.Message, StringComparison.Ordinal);
    }
}
