using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Gateway.Tests.Support;
using Fascicolo.Subgraphs.Audit;
using Fascicolo.Subgraphs.Education;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Mobility;
using Fascicolo.Subgraphs.Payments;
using Fascicolo.Subgraphs.Permits;
using Fascicolo.Subgraphs.Registry;
using Fascicolo.Subgraphs.Taxes;
using Fascicolo.Subgraphs.Territory;
using Fascicolo.Subgraphs.Welfare;
using Fascicolo.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Gateway.Tests.CityGraph;

/// <summary>
/// The whole hub as <c>up</c> runs it, in one process: every subgraph on real Kestrel with its own
/// database seeded from the same city, and the gateway on the checked-in supergraph pointed at them.
/// Every subgraph's clock reads the city's reference date, as under <c>up</c>.
/// </summary>
public sealed class CityGatewayFixture : IAsyncLifetime
{
    /// <summary>The size of the seeded city: every facet has some of everything at this size.</summary>
    public const int Residents = 1_500;

    private readonly Dictionary<string, SubgraphTestHost> _subgraphs = new(StringComparer.Ordinal);
    private GatewayHost? _gateway;

    /// <summary>The city every subgraph was seeded with.</summary>
    public City City { get; } = SyntheticCityGenerator.Generate(new CityOptions { Residents = Residents, Seed = SeedOptions.DefaultSeed });

    internal GatewayHost Gateway => _gateway ?? throw new InvalidOperationException("Not started.");

    /// <summary>The gateway's development issuer (mint tokens for other callers) and its signing key (<see cref="TestGatewayKeys"/>).</summary>
    internal TestIdentity Identity { get; } = new(TestGatewayKeys.PrivateKeyPath);

    /// <summary>The running subgraphs by name.</summary>
    internal IReadOnlyDictionary<string, SubgraphTestHost> Subgraphs => _subgraphs;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        SubgraphModule[] modules =
        [
            new RegistryModule(), new TaxesModule(), new PaymentsModule(), new WelfareModule(),
            new EducationModule(), new MobilityModule(), new PermitsModule(), new TerritoryModule(),
        ];
        var hosts = await Task.WhenAll(modules.Select(module => SubgraphTestHost.StartAsync(module, new SubgraphTestHostOptions
        {
            SeedResidents = Residents,
            Seed = SeedOptions.DefaultSeed,
            Configure = builder => builder.Services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(City.Options.ReferenceDate)),
        })));
        foreach (var (module, host) in modules.Zip(hosts))
        {
            _subgraphs[module.Name] = host;
        }

        // The audit subgraph serves Citizen.accessLog out of the access log every other subgraph appends to:
        // as under `up`, its database is the log itself (read as its owner, not as the insert-only writer).
        var accessLog = await TestAccessLog.OwnerConnectionStringAsync();
        _subgraphs["audit"] = await SubgraphTestHost.StartAsync(new AuditModule(), new SubgraphTestHostOptions
        {
            Configure = builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:audit"] = accessLog }),
        });

        // As under `up`: identity on, subgraph calls signed with the key every SubgraphTestHost trusts, and
        // every request of the fixture's client sent as a service with a purpose (it may read every record).
        var settings = Identity.GatewaySettings();
        foreach (var (name, host) in _subgraphs)
        {
            settings[$"Gateway:Subgraphs:{name}"] = host.GraphQLEndpoint.ToString();
        }

        _gateway = await GatewayHost.StartAsync(
            Path.Combine(RepositoryRoot.Find(), "schema", "supergraph.graphql"),
            settings,
            token: Identity.Service(lifetime: TimeSpan.FromHours(2)),
            purpose: TestCallers.Purpose);
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        await Task.WhenAll(_subgraphs.Values.Select(s => s.DisposeAsync().AsTask()));
        Identity.Dispose();
    }

    /// <summary>Runs a query through the gateway and fails on any error.</summary>
    internal async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        using var response = await Gateway.QueryAsync(query, variables);
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").Clone();
    }
}
