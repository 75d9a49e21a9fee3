using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Payments.Tests;

/// <summary>
/// The payments subgraph on real Kestrel and a fresh PostgreSQL database, seeded once for the whole
/// collection with a small city's ledger plus <see cref="TestLedger.Extras"/>, and the same city
/// generated in memory to say what the answers must be. The clock is pinned to the city's
/// reference date, so statuses, overdue flags and the snapshots never drift.
/// </summary>
public sealed class PaymentsFixture : SubgraphFixture
{
    /// <summary>The size of the seeded city.</summary>
    public const int Residents = 400;

    /// <summary>The city the database was seeded with.</summary>
    public City City { get; } = SyntheticCityGenerator.Generate(new CityOptions { Residents = Residents, Seed = SeedOptions.DefaultSeed });

    /// <summary>Everything seeded: the city's ledger, then the test positions.</summary>
    public IReadOnlyList<PaymentDue> Ledger => [.. City.PaymentsDue(), .. TestLedger.Extras];

    /// <summary>The date the subgraph believes is today.</summary>
    public DateOnly Today => City.Options.ReferenceDate;

    /// <summary>The instant the subgraph believes is now: noon UTC, the same calendar day in Rome.</summary>
    public DateTimeOffset Now => new(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    /// <inheritdoc/>
    protected override SubgraphModule CreateModule() => new PaymentsModule(city => [.. city.PaymentsDue(), .. TestLedger.Extras]);

    /// <inheritdoc/>
    protected override SubgraphTestHostOptions CreateOptions() => new()
    {
        SeedResidents = Residents,
        Seed = SeedOptions.DefaultSeed,
        Configure = builder => builder.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)),
    };

}

/// <summary>Every test class shares one seeded subgraph; the classes run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPaymentsSubgraph : ICollectionFixture<PaymentsFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "payments";
}
