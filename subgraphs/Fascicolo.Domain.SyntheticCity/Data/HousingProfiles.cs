using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Data;

/// <summary>The building stocks of the city's parts, written from the city's general look, not from surveys.</summary>
internal static class HousingProfiles
{
    /// <summary>Medieval and nineteenth-century palazzi of the centre, with a few grand flats.</summary>
    public static readonly HousingProfile HistoricCentre = new(
        1550, 1935, new(4, 8), new(2, 4), 35, WeightedText.Parse("A/2 45;A/3 36;A/4 15;A/1 4"));

    /// <summary>Sampierdarena and San Teodoro: dense blocks from the industrial era on.</summary>
    public static readonly HousingProfile IndustrialCentre = new(
        1870, 1975, new(5, 9), new(2, 4), 30, WeightedText.Parse("A/2 30;A/3 52;A/4 18"));

    /// <summary>The lower valleys: tall post-war blocks.</summary>
    public static readonly HousingProfile PostWarBlocks = new(
        1925, 1985, new(6, 11), new(3, 4), 20, WeightedText.Parse("A/2 33;A/3 50;A/4 17"));

    /// <summary>The upper valleys: public housing estates and hillside houses.</summary>
    public static readonly HousingProfile UpperValleys = new(
        1950, 1995, new(4, 12), new(2, 4), 12, WeightedText.Parse("A/2 25;A/3 48;A/4 22;A/7 5"));

    /// <summary>The western seaside districts: old villages grown into industrial suburbs.</summary>
    public static readonly HousingProfile Ponente = new(
        1900, 1990, new(4, 10), new(2, 4), 20, WeightedText.Parse("A/2 30;A/3 50;A/4 14;A/7 6"));

    /// <summary>Foce and Albaro: the well-off residential districts.</summary>
    public static readonly HousingProfile MedioLevante = new(
        1890, 1975, new(5, 9), new(2, 3), 22, WeightedText.Parse("A/2 64;A/3 24;A/1 6;A/7 6"));

    /// <summary>The eastern seaside districts down to Nervi: flats and villas.</summary>
    public static readonly HousingProfile Levante = new(
        1900, 1990, new(3, 7), new(2, 3), 15, WeightedText.Parse("A/2 50;A/3 30;A/7 17;A/1 3"));

    /// <summary>The small towns of the metropolitan area.</summary>
    public static readonly HousingProfile Town = new(
        1900, 2010, new(2, 5), new(1, 3), 20, WeightedText.Parse("A/2 40;A/3 35;A/7 20;A/4 5"));
}
