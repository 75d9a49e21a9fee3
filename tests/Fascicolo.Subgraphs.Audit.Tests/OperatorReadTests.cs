using Fascicolo.Audit.Store;
using Fascicolo.Subgraphs.Registry;
using Fascicolo.Testing;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Fascicolo.Subgraphs.Audit.Tests;

/// <summary>
/// The whole path below the gateway: an operator reads a citizen's data in the registry, whose kit
/// appends the read as the writer role; the citizen then finds it in <c>accessLog</c>.
/// </summary>
[Collection(AuditSubgraph.Name)]
public sealed class OperatorReadTests(AuditFixture fixture)
{
    // The `parent` demo persona, present in every seeded city.
    private const string Parent = "PRDGLI85D57D969T";

    [Fact]
    public async Task AccessLog_Should_ShowTheRegistryOperatorsRead_When_TheCitizenLooksAfterIt()
    {
        var writer = new NpgsqlConnectionStringBuilder(fixture.Database.ConnectionString) { Username = AccessLogDatabase.WriterRole }.ConnectionString;
        await using var registry = await SubgraphTestHost.StartAsync(new RegistryModule(), new SubgraphTestHostOptions
        {
            SeedResidents = 150,
            Configure = builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:audit"] = writer }),
        });
        var desk = TestCallers.Operator("registry", purpose: "cambio di residenza", subject: "sportello.anagrafe.7");

        using var read = await registry.QueryAsync($$"""{ citizen(fiscalCode: "{{Parent}}") { fullName birthDate } }""", null, desk);
        using var log = await fixture.SendAsync(Parent, TestCallers.Citizen(Parent));

        Assert.Equal("Giulia Parodi", read.Data().GetProperty("citizen").GetProperty("fullName").GetString());
        var entry = Assert.Single(log.AccessLog().Nodes());
        Assert.Equal(("operator", "D969", "registry", "cambio di residenza", "registry"), (
            entry.GetProperty("role").GetString(),
            entry.GetProperty("office").GetProperty("ente").GetString(),
            entry.GetProperty("office").GetProperty("department").GetString(),
            entry.GetProperty("purpose").GetString(),
            entry.GetProperty("subgraph").GetString()));
        Assert.Equal(["Citizen.birthDate", "Citizen.fullName"], entry.GetProperty("data").EnumerateArray().Select(field => field.GetString()));
        Assert.DoesNotContain("sportello.anagrafe.7", log.RootElement.GetRawText(), StringComparison.Ordinal);
        // The log itself holds who it was, for the controller; the citizen's view does not.
        var stored = Assert.Single(await fixture.Reader.ReadByRequestAsync(desk.RequestId, CancellationToken.None));
        Assert.Equal("sportello.anagrafe.7", stored.Record.ActorSubject);
    }
}
