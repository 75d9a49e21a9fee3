using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Tests.Domain;

/// <summary>Cities generated once for the tests that only read them.</summary>
internal static class GeneratedCities
{
    private static readonly Lazy<City> DefaultCity = new(() => Generate(EducationFixture.Residents));
    private static readonly Lazy<City> SmallestCity = new(() => Generate(CityOptions.MinResidents));

    /// <summary>The city the fixture seeds.</summary>
    public static City Default => DefaultCity.Value;

    /// <summary>The smallest city allowed: most areas have no children, some no buildings.</summary>
    public static City Smallest => SmallestCity.Value;

    /// <summary>Generates a city of this size with the default seed.</summary>
    public static City Generate(int residents) =>
        SyntheticCityGenerator.Generate(new CityOptions { Residents = residents, Seed = SeedOptions.DefaultSeed });
}
