using System.Diagnostics;
using System.Diagnostics.Metrics;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Fascicolo.Testing;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class TelemetryTests(SampleFixture fixture) : IClassFixture<SampleFixture>
{
    private SubgraphTestHost Host => fixture.Host;

    [Fact]
    public async Task Operation_Should_EmitAnActivityNamedAfterIt_When_Executed()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SubgraphTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);

        await PostAsync(Host, new { query = "query TelemetryProbeActivity { person(id: \"P0001\") { id } }" });

        Activity activity;
        lock (activities)
        {
            activity = Assert.Single(activities, a => a.DisplayName == "query TelemetryProbeActivity");
        }
        Assert.Equal("TelemetryProbeActivity", activity.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", activity.GetTagItem("graphql.operation.type"));
    }

    [Fact]
    public async Task Operation_Should_BeCountedPerOperationAndOutcome_When_Executed()
    {
        var outcomes = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SubgraphTelemetry.Name && instrument.Name == "fascicolo.graphql.requests")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var values = tags.ToArray().ToDictionary(t => t.Key, t => t.Value as string);
            if (values["graphql.operation.name"] == "TelemetryProbeCount")
            {
                lock (outcomes) { outcomes.Add(values["outcome"]!); }
            }
        });
        listener.Start();

        await PostAsync(Host, new { query = "query TelemetryProbeCount { person(id: \"P0001\") { id } }" });
        await PostAsync(Host, new { query = "query TelemetryProbeCount { failing }" });

        lock (outcomes)
        {
            Assert.Equal(["ok", "partial"], outcomes);
        }
    }
}
