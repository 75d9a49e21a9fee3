using System.Net;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Fascicolo.Testing;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class DataLoaderTests(SampleFixture fixture) : IClassFixture<SampleFixture>
{
    private SubgraphTestHost Host => fixture.Host;

    [Fact]
    public async Task Notes_Should_RunExactlyOneStatement_When_FiftyPeopleAreRequested()
    {
        using var counter = new SqlStatementCounter(Host.Database.Name);

        var response = await PostAsync(Host, new { query = "{ people(first: 50) { edges { node { id notes { position text } } } } }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(AssertAllErrorsCoded(response.Json));
        var edges = response.Json.GetProperty("data").GetProperty("people").GetProperty("edges");
        Assert.Equal(50, edges.GetArrayLength());
        Assert.All(edges.EnumerateArray(), edge =>
            Assert.Equal([1, 2], edge.GetProperty("node").GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("position").GetInt32())));
        Assert.Equal(1, counter.CountContaining("from sample_note"));
        Assert.Equal(2, counter.Count);
    }

    [Fact]
    public async Task Notes_Should_BelongToTheirPerson_When_Loaded()
    {
        var response = await PostAsync(Host, new { query = "{ a: person(id: \"P0007\") { notes { text } } b: person(id: \"P0008\") { notes { text } } }" });

        var data = response.Json.GetProperty("data");
        Assert.Equal("note 1 of person 7", data.GetProperty("a").GetProperty("notes")[0].GetProperty("text").GetString());
        Assert.Equal("note 2 of person 8", data.GetProperty("b").GetProperty("notes")[1].GetProperty("text").GetString());
    }
}
