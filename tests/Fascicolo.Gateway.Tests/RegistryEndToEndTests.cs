using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Gateway.Composition;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Gateway.Trust;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry;
using Fascicolo.Testing;

namespace Fascicolo.Gateway.Tests;

/// <summary>
/// The gateway over the real registry subgraph (Kestrel, seeded PostgreSQL), on a supergraph composed
/// from the checked-in <c>schema/subgraphs/registry.graphql</c> pointing at it.
/// </summary>
public sealed class RegistryGatewayFixture : IAsyncLifetime
{
    private SubgraphTestHost? _registry;
    private GatewayHost? _gateway;
    private string? _supergraph;

    public City City { get; } = SyntheticCityGenerator.Generate(new CityOptions { Residents = 200, Seed = SeedOptions.DefaultSeed });

    internal SubgraphTestHost Registry => _registry ?? throw new InvalidOperationException("Not started.");

    internal GatewayHost Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    internal TestIdentity Identity { get; } = new(TestGatewayKeys.PrivateKeyPath);

    public async Task InitializeAsync()
    {
        _registry = await SubgraphTestHost.StartAsync(new RegistryModule(), new SubgraphTestHostOptions { SeedResidents = 200, Seed = SeedOptions.DefaultSeed });
        var sdl = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "schema", "subgraphs", "registry.graphql"));
        var composition = SupergraphComposer.Compose([new SubgraphSource("registry", sdl, _registry.GraphQLEndpoint)]);
        Assert.True(composition.IsSuccess, string.Join('\n', composition.Errors));
        _supergraph = Path.Combine(Path.GetTempPath(), $"registry-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(_supergraph, SupergraphPrinter.Print(composition.Supergraph!));
        // Identity on and subgraph calls signed with the key the registry under test trusts; the client
        // reads as a service with a purpose.
        _gateway = await GatewayHost.StartAsync(_supergraph, Identity.GatewaySettings(), Identity.Service(lifetime: TimeSpan.FromHours(1)), TestCallers.Purpose);
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_registry is not null)
        {
            await _registry.DisposeAsync();
        }

        if (_supergraph is not null)
        {
            File.Delete(_supergraph);
        }

        Identity.Dispose();
    }
}

public sealed class RegistryEndToEndTests(RegistryGatewayFixture fixture) : IClassFixture<RegistryGatewayFixture>
{
    private const string CitizenQuery = """
        query Citizen($fiscalCode: FiscalCode!) {
          citizen(fiscalCode: $fiscalCode) {
            fiscalCode fullName sex birthDate
            birthplace { code name }
            residence { street houseNumber municipality { name } building { id } }
            household { id members { citizen { fiscalCode fullName } relationship { code label } } }
            identityDocuments { type number expiresOn }
          }
        }
        """;

    [Theory]
    [InlineData(DemoPersonaKeys.Parent)]
    [InlineData(DemoPersonaKeys.Pupil)]
    public async Task Citizen_Should_AnswerWhatTheRegistryAnswers_When_QueriedThroughTheGateway(string key)
    {
        var persona = fixture.City.GetPersona(key);

        using var throughGateway = await fixture.Gateway.QueryAsync(CitizenQuery, new { fiscalCode = persona.FiscalCode }, "Citizen");
        using var direct = await fixture.Registry.QueryAsync(CitizenQuery, new { fiscalCode = persona.FiscalCode });

        Assert.False(throughGateway.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var citizen = throughGateway.RootElement.GetProperty("data").GetProperty("citizen");
        Assert.Equal(persona.FullName, citizen.GetProperty("fullName").GetString());
        Assert.Equal(direct.RootElement.GetProperty("data").GetRawText(), throughGateway.RootElement.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Parent_Should_HaveTheirWardsLookedUpAsThemselves_When_SignedInAsACitizen()
    {
        var parent = fixture.City.GetPersona(DemoPersonaKeys.Parent);
        var pupil = fixture.City.GetPersona(DemoPersonaKeys.Pupil);

        using var response = await fixture.Gateway.PostAsAsync(fixture.Identity.Citizen(parent.FiscalCode), "query Me($fiscalCode: FiscalCode!) { citizen(fiscalCode: $fiscalCode) { fullName wards } }", new { fiscalCode = parent.FiscalCode });

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Contains(pupil.FiscalCode, body.RootElement.GetProperty("data").GetProperty("citizen").GetProperty("wards").EnumerateArray().Select(w => w.GetString()));

        // The gateway's lookup (appsettings.json: citizen.wards) is a read of the parent's own data, made as
        // the parent and recorded under the client request's id, like the read the client asked for.
        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        var records = await TestAccessLog.ReadByRequestAsync(requestId);
        Assert.Equal(2, records.Count(r => r.Fields.Contains("Citizen.wards")));
        Assert.All(records, r => Assert.Equal((CallerRoles.Citizen, parent.FiscalCode, parent.FiscalCode), (r.ActorRole, r.ActorSubject, r.DataSubject)));
    }

    [Fact]
    public async Task Citizen_Should_BeRefusedAnotherCitizensData_When_AskingThroughTheGateway()
    {
        var parent = fixture.City.GetPersona(DemoPersonaKeys.Parent);
        var stranger = fixture.City.GetPersona(DemoPersonaKeys.VehicleOwner);

        using var body = await fixture.Gateway.QueryAsAsync(fixture.Identity.Citizen(parent.FiscalCode), "query C($fiscalCode: FiscalCode!) { citizen(fiscalCode: $fiscalCode) { fullName } }", new { fiscalCode = stranger.FiscalCode });

        Assert.DoesNotContain(stranger.FullName, body.RootElement.GetRawText(), StringComparison.Ordinal);
        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Registry_Should_RefuseARequestThatDidNotComeThroughTheGateway_When_CalledDirectly()
    {
        using var client = fixture.Registry.CreateClient(caller: null);

        using var response = await client.PostAsync(fixture.Registry.GraphQLEndpoint, JsonContent.Create(new { query = "{ citizens(first: 1) { edges { node { fullName } } } }" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Citizen_Should_PassTheSubgraphsErrorCodeThrough_When_TheFiscalCodeIsInvalid()
    {
        using var response = await fixture.Gateway.QueryAsync("{ citizen(fiscalCode: \"RSSMRA80A01D969X\") { fullName } }");

        // The gateway lets the custom scalar through; the subgraph that owns it rejects it with its own code.
        Assert.Equal("null", response.RootElement.GetProperty("data").GetProperty("citizen").GetRawText());
        var error = Assert.Single(response.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INVALID_FISCAL_CODE", error.GetProperty("extensions").GetProperty("code").GetString());
    }
}
