namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>A car model of the catalogue the generator draws from.</summary>
/// <param name="Make">The make.</param>
/// <param name="Model">The model.</param>
/// <param name="FirstYear">The first year it was sold.</param>
/// <param name="LastYear">The last year it was sold.</param>
/// <param name="MinKw">The least powerful version, in kW.</param>
/// <param name="MaxKw">The most powerful version, in kW.</param>
/// <param name="Fuels">The fuels it was sold with, each from a year on.</param>
/// <param name="Weight">How common it is on Genova's roads, relative to the others.</param>
internal sealed record CarModel(
    string Make,
    string Model,
    int FirstYear,
    int LastYear,
    int MinKw,
    int MaxKw,
    IReadOnlyList<(VehicleFuel Fuel, int FromYear)> Fuels,
    int Weight)
{
    /// <summary>Whether it was sold in <paramref name="year"/>.</summary>
    public bool SoldIn(int year) => FirstYear <= year && year <= LastYear;
}
