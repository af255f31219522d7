// Sample table of the CSV/TSV reader (the NASA TSV layout, default field names).
using Debrief.Evidence;

namespace Debrief.Tests.Evidence.Samples;

public sealed class DelimitedSamples : SampleTable
{
    public override string Reader => "delimited";

    public override IReadOnlyList<Sample> Samples { get; } =
    [
        new("host\tlogname\ttime\tmethod\turl\tresponse\tbytes"),
        new("pppa006.compuserve.com\t-\t807256800\tGET\t/images/launch-logo.gif\t200\t1713", "1995-08-01T06:00:00+00:00",
            Status: 200, Client: "pppa006.compuserve.com", Method: "GET", Path: "/images/launch-logo.gif"),
        new("x\t-\tnot-a-time\tGET\t/\t200\t1", Bad: "bad time"),
        new("x\t-", Bad: "too few fields"),
        new("x\t-\t807256801\tGET\t/\tOK\t1", Bad: "bad status"),
    ];
}
