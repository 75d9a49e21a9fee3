using Fascicolo.Domain.SyntheticCity.Generation;

namespace Fascicolo.Domain.SyntheticCity;

/// <summary>
/// Generates the synthetic city every subgraph seeds its slice from: Genova's nine municipi and a
/// few neighbouring municipalities, deterministic for given options on any machine and runtime.
/// </summary>
public static class SyntheticCityGenerator
{
    /// <summary>Generates the city described by <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <see cref="CityOptions.Residents"/> is below <see cref="CityOptions.MinResidents"/> or above
    /// <see cref="CityOptions.MaxResidents"/>, or <see cref="CityOptions.ReferenceDate"/> is before
    /// <see cref="CityOptions.EarliestReferenceDate"/>.
    /// </exception>
    public static City Generate(CityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Residents is < CityOptions.MinResidents or > CityOptions.MaxResidents)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.Residents,
                $"CityOptions.Residents must be between {CityOptions.MinResidents:N0} and {CityOptions.MaxResidents:N0}; {options.Residents:N0} was given.");
        }

        if (options.ReferenceDate < CityOptions.EarliestReferenceDate)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.ReferenceDate,
                $"CityOptions.ReferenceDate must be on or after {CityOptions.EarliestReferenceDate:yyyy-MM-dd}, when every demo persona is born.");
        }

        return new CityBuilder(options).Build();
    }
}
