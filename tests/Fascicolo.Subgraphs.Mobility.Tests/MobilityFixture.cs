using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Mobility.Tests;

/// <summary>
/// The mobility subgraph on real Kestrel and a fresh PostgreSQL database, seeded once for the whole
/// test collection (cars, fines, permits, notices and the generated timetable), and the same city
/// generated in memory to say what the answers must be. The clock is pinned to noon of the city's
/// reference date, so statuses (and the snapshots) never drift.
/// </summary>
public sealed class MobilityFixture : SubgraphFixture
{
    /// <summary>The size of the seeded city.</summary>
    public const int Residents = 400;

    /// <summary>The city the database was seeded with.</summary>
    public City City { get; } = SyntheticCityGenerator.Generate(new CityOptions { Residents = Residents, Seed = SeedOptions.DefaultSeed });

    /// <summary>The date the subgraph believes is today.</summary>
    public DateOnly Today => City.Options.ReferenceDate;

    /// <summary>The instant the subgraph believes is now: noon UTC of <see cref="Today"/> (1 pm in Genova).</summary>
    public DateTimeOffset Now => new(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    /// <inheritdoc/>
    protected override SubgraphModule CreateModule() => new MobilityModule();

    /// <inheritdoc/>
    protected override SubgraphTestHostOptions CreateOptions() => new()
    {
        SeedResidents = Residents,
        Seed = SeedOptions.DefaultSeed,
        Configure = builder => builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)),
    };

}

/// <summary>The test classes sharing one seeded <see cref="MobilityFixture"/> (they run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class SeededMobility : ICollectionFixture<MobilityFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "mobility";
}
