using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Fascicolo.Subgraphs.Registry.Tests;

/// <summary>
/// The registry on real Kestrel and a fresh PostgreSQL database, seeded once per test class with a
/// small city, and the same city generated in memory to say what the answers must be. The clock is
/// pinned to the city's reference date, so ages and expiries (and the snapshots) never drift.
/// </summary>
public sealed class RegistryFixture : SubgraphFixture
{
    /// <summary>The size of the seeded city.</summary>
    public const int Residents = 300;

    /// <summary>The city the database was seeded with.</summary>
    public City City { get; } = SyntheticCityGenerator.Generate(new CityOptions { Residents = Residents, Seed = SeedOptions.DefaultSeed });

    /// <summary>The date the subgraph believes is today.</summary>
    public DateOnly Today => City.Options.ReferenceDate;

    /// <inheritdoc/>
    protected override SubgraphModule CreateModule() => new RegistryModule();

    /// <inheritdoc/>
    protected override SubgraphTestHostOptions CreateOptions() => new()
    {
        SeedResidents = Residents,
        Seed = SeedOptions.DefaultSeed,
        // Noon UTC is the same calendar day in Rome.
        Configure = builder => builder.Services.AddSingleton<TimeProvider>(
            FixedTimeProvider.NoonOf(Today)),
    };

    /// <summary>The municipality (Belfiore code) and municipio a resident lives in, per the generated city.</summary>
    public (string Municipality, int? Municipio) PlaceOf(Resident resident)
    {
        ArgumentNullException.ThrowIfNull(resident);
        var household = City.FindHousehold(resident.HouseholdId)!;
        var building = City.FindBuilding(City.FindDwelling(household.DwellingId)!.BuildingId)!;
        return (building.MunicipalityCode, building.Municipio);
    }
}
