using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Taxes.Tests;

/// <summary>
/// The taxes subgraph on real Kestrel and a fresh PostgreSQL database, seeded once for the whole
/// test collection with a small city, and the same city generated in memory to say what the
/// answers must be. The clock is pinned to the city's reference date, so statuses (and the
/// snapshots) never drift.
/// </summary>
public sealed class TaxesFixture : SubgraphFixture
{
    /// <summary>The size of the seeded city: enough taxpayers for every behaviour to occur.</summary>
    public const int Residents = 600;

    /// <summary>The city the database was seeded with.</summary>
    public City City { get; } = SyntheticCityGenerator.Generate(new CityOptions { Residents = Residents, Seed = SeedOptions.DefaultSeed });

    /// <summary>The date the subgraph believes is today.</summary>
    public DateOnly Today => City.Options.ReferenceDate;

    /// <summary>The reference year.</summary>
    public int ReferenceYear => Today.Year;

    /// <inheritdoc/>
    protected override SubgraphModule CreateModule() => new TaxesModule();

    /// <inheritdoc/>
    protected override SubgraphTestHostOptions CreateOptions() => new()
    {
        SeedResidents = Residents,
        Seed = SeedOptions.DefaultSeed,
        // Noon UTC is the same calendar day in Rome.
        Configure = builder => builder.Services.AddSingleton<TimeProvider>(
            FixedTimeProvider.NoonOf(Today)),
    };

}

/// <summary>The test classes sharing one seeded subgraph.</summary>
[CollectionDefinition(Name)]
public sealed class TaxesTestGroup : ICollectionFixture<TaxesFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "taxes";
}
