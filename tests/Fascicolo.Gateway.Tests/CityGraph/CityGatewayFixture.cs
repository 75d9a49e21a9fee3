using System.Text.Json;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Gateway.Tests.Support;
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

        var settings = _subgraphs.ToDictionary(s => $"Gateway:Subgraphs:{s.Key}", s => (string?)s.Value.GraphQLEndpoint.ToString());
        _gateway = await GatewayHost.StartAsync(Path.Combine(RepositoryRoot.Find(), "schema", "supergraph.graphql"), settings);
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        await Task.WhenAll(_subgraphs.Values.Select(s => s.DisposeAsync().AsTask()));
    }

    /// <summary>Runs a query through the gateway and fails on any error.</summary>
    internal async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        using var response = await Gateway.QueryAsync(query, variables);
        Assert.False(response.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return response.RootElement.GetProperty("data").Clone();
    }
}
