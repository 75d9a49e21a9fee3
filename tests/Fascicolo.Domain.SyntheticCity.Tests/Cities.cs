namespace Fascicolo.Domain.SyntheticCity.Tests;

/// <summary>Cities generated once and shared by the tests that only read them.</summary>
internal static class Cities
{
    private static readonly Lazy<City> SmallCity = new(() => SyntheticCityGenerator.Generate(new CityOptions { Residents = CityOptions.MinResidents }));
    private static readonly Lazy<City> DefaultCity = new(() => SyntheticCityGenerator.Generate(new CityOptions()));
    private static readonly Lazy<City> LargeCity = new(() => SyntheticCityGenerator.Generate(new CityOptions { Residents = 20_000 }));

    /// <summary>The smallest city allowed: 100 residents.</summary>
    public static City Small => SmallCity.Value;

    /// <summary>The default options: 2,000 residents.</summary>
    public static City Default => DefaultCity.Value;

    /// <summary>20,000 residents: enough for distributions to settle.</summary>
    public static City Large => LargeCity.Value;

    /// <summary>All three, for invariants that must hold at any size.</summary>
    public static TheoryData<string> Sizes => ["small", "default", "large"];

    /// <summary>The city a <see cref="Sizes"/> name stands for.</summary>
    public static City BySize(string size) => size switch
    {
        "small" => Small,
        "default" => Default,
        "large" => Large,
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };
}
