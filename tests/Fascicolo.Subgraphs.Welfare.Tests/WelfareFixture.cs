using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Welfare.Tests;

/// <summary>
/// The welfare subgraph on real Kestrel and a fresh PostgreSQL database seeded with a small city,
/// and the same city generated in memory to say what the answers must be. The clock is pinned to
/// the city's reference date, so date checks (and the snapshots) never drift.
/// </summary>
public class WelfareFixture : SubgraphFixture
{
    /// <summary>The size of the seeded city: enough households for every kind of benefit.</summary>
    public const int Residents = 1_500;

    /// <summary>The city the database was seeded with.</summary>
    public City City { get; } = SyntheticCityGenerator.Generate(new CityOptions { Residents = Residents, Seed = SeedOptions.DefaultSeed });

    /// <summary>The date the subgraph believes is today.</summary>
    public DateOnly Today => City.Options.ReferenceDate;

    /// <summary>The welfare persona, Sara Repetto.</summary>
    public Resident WelfareRecipient => City.FindResident(City.GetPersona(DemoPersonaKeys.WelfareRecipient).FiscalCode)!;

    /// <inheritdoc/>
    protected override SubgraphModule CreateModule() => new WelfareModule();

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

/// <summary>The read-only tests share one seeded subgraph.</summary>
[CollectionDefinition(Name)]
public sealed class SeededWelfare : ICollectionFixture<WelfareFixture>
{
    public const string Name = "welfare";
}

/// <summary>A separate seeded subgraph for the tests that write, so the read-only tests' data never changes.</summary>
public sealed class WritableWelfareFixture : WelfareFixture;
