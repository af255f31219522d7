// Sample table of the Slack export reader: each sample is one message object of the incident channel's daily file.
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class SlackSamples : SampleTable
{
    public override string Reader => "slack";

    public override LogParseContext Context => base.Context with { DefaultOffset = TimeSpan.FromHours(1) };

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("{\"type\":\"message\",\"user\":\"U1\",\"text\":\"checkout is returning 502s, rolling back\",\"ts\":\"1741956422.000200\"}", "2025-03-14T13:47:02+01:00",
            Text: "Chen Li in #incident-checkout: checkout is returning 502s, rolling back", Kind: EvidenceEventKind.Chat),
        new("{\"type\":\"message\",\"subtype\":\"channel_join\",\"user\":\"U1\",\"text\":\"<@U1> has joined the channel\",\"ts\":\"1741956400.000100\"}"),
        new("{\"type\":\"message\",\"user\":\"U2\",\"text\":\"\",\"ts\":\"1741956430.000200\"}"),
        new("{\"type\":\"message\",\"user\":\"U2\",\"text\":\"no ts here\"}", Bad: "no ts"),
        new("\"a string\"", Bad: "not a message object"),
    ];

    public override LogInput Open(IReadOnlyList<Sample> samples) => LogInput.FromFolder("slack-export", new MemoryFolder(new Dictionary<string, string>
    {
        ["channels.json"] = "[{\"name\":\"general\"},{\"name\":\"incident-checkout\"}]",
        ["users.json"] = "[{\"id\":\"U1\",\"real_name\":\"Chen Li\"}]",
        ["general/2025-03-14.json"] = "[]",
        ["incident-checkout/2025-03-14.json"] = "[" + string.Join(",\n", samples.Select(s => s.Line)) + "]",
    }));
}
