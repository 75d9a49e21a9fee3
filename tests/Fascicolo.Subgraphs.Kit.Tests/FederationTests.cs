using System.Net;
using Fascicolo.Subgraphs.Kit.Tests.Sample;
using Fascicolo.Testing;
using Snapshooter.Xunit;
using static Fascicolo.Subgraphs.Kit.Tests.GraphQLResponses;

namespace Fascicolo.Subgraphs.Kit.Tests;

public sealed class FederationTests(SampleFixture fixture) : IClassFixture<SampleFixture>
{
    private SubgraphTestHost Host => fixture.Host;

    [Fact]
    public async Task ServiceSdl_Should_LinkFederation23AndDeclareTheKey_When_Queried()
    {
        var sdl = await GetSdlAsync();

        Assert.Contains("@link(url: \"https://specs.apollo.dev/federation/v2.3\"", sdl, StringComparison.Ordinal);
        Assert.Contains("type Person @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Assert.Contains("scalar FiscalCode", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceSdl_Should_MatchTheSnapshot_When_Queried()
    {
        var sdl = await GetSdlAsync();

        Snapshot.Match(sdl.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Entities_Should_ResolveRepresentations_When_KeysExist()
    {
        var response = await PostAsync(Host, new
        {
            query = "query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { id name } } }",
            variables = new { representations = new object[] { new { __typename = "Person", id = "P0002" }, new { __typename = "Person", id = "nobody" } } },
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Empty(AssertAllErrorsCoded(response.Json));
        var entities = response.Json.GetProperty("data").GetProperty("_entities");
        Assert.Equal("Person 2", entities[0].GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, entities[1].ValueKind);
    }

    [Fact]
    public async Task Entities_Should_LoadAllRepresentationsWithOneStatement_When_FiftyAreRequested()
    {
        var representations = Enumerable.Range(1, 50).Select(i => new { __typename = "Person", id = SampleSeeder.PersonId(i) }).ToArray();
        using var counter = new SqlStatementCounter(Host.Database.Name);

        var response = await PostAsync(Host, new
        {
            query = "query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Person { ordinal } } }",
            variables = new { representations },
        });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var entities = response.Json.GetProperty("data").GetProperty("_entities");
        Assert.Equal(Enumerable.Range(1, 50), entities.EnumerateArray().Select(e => e.GetProperty("ordinal").GetInt32()));
        Assert.Equal(1, counter.CountContaining("from sample_person"));
    }

    private async Task<string> GetSdlAsync()
    {
        var response = await PostAsync(Host, new { query = "{ _service { sdl } }" });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Json.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString()!;
    }
}
