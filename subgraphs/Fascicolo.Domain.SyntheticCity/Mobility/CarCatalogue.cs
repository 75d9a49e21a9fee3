using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// The cars on Genova's roads: Italy's best sellers of the last thirty years, with the power range
/// and fuels they were sold with, and the age profile of the Ligurian fleet (median about 12 years).
/// </summary>
internal static class CarCatalogue
{
    /// <summary>The last year of a model still on sale: any year.</summary>
    public const int OnSale = 9999;

    private const VehicleFuel P = VehicleFuel.Petrol;
    private const VehicleFuel D = VehicleFuel.Diesel;
    private const VehicleFuel L = VehicleFuel.Lpg;
    private const VehicleFuel M = VehicleFuel.Methane;
    private const VehicleFuel H = VehicleFuel.Hybrid;
    private const VehicleFuel E = VehicleFuel.Electric;

    /// <summary>Every model.</summary>
    public static readonly IReadOnlyList<CarModel> Models =
    [
        new("Fiat", "Panda", 1986, OnSale, 33, 63, [(P, 1986), (D, 2003), (L, 2006), (M, 2006), (H, 2020)], 140),
        new("Fiat", "Punto", 1993, 2018, 44, 77, [(P, 1993), (D, 1995), (L, 2007), (M, 2007)], 90),
        new("Fiat", "500", 2007, OnSale, 51, 77, [(P, 2007), (D, 2007), (L, 2010), (H, 2020)], 80),
        new("Fiat", "Tipo", 2016, OnSale, 70, 96, [(P, 2016), (D, 2016), (L, 2016)], 30),
        new("Fiat", "Uno", 1986, 1995, 33, 55, [(P, 1986), (D, 1986)], 20),
        new("Lancia", "Ypsilon", 1996, OnSale, 44, 70, [(P, 1996), (D, 2003), (L, 2011), (M, 2011), (H, 2021)], 60),
        new("Volkswagen", "Golf", 1986, OnSale, 55, 110, [(P, 1986), (D, 1986), (H, 2020)], 60),
        new("Volkswagen", "Polo", 1986, OnSale, 44, 81, [(P, 1986), (D, 1994)], 50),
        new("Toyota", "Yaris", 1999, OnSale, 51, 85, [(P, 1999), (D, 2003), (H, 2012)], 60),
        new("Toyota", "C-HR", 2016, OnSale, 90, 135, [(H, 2016)], 20),
        new("Renault", "Clio", 1991, OnSale, 43, 85, [(P, 1991), (D, 1991), (L, 2013), (H, 2020)], 50),
        new("Ford", "Fiesta", 1986, 2023, 44, 74, [(P, 1986), (D, 1986), (L, 2009)], 40),
        new("Dacia", "Sandero", 2008, OnSale, 49, 74, [(P, 2008), (D, 2008), (L, 2008)], 40),
        new("Jeep", "Renegade", 2014, OnSale, 81, 96, [(P, 2014), (D, 2014), (H, 2020)], 30),
        new("Peugeot", "208", 2012, OnSale, 55, 96, [(P, 2012), (D, 2012)], 30),
        new("Citroën", "C3", 2002, OnSale, 50, 81, [(P, 2002), (D, 2002), (L, 2010)], 40),
        new("Opel", "Corsa", 1986, OnSale, 44, 96, [(P, 1986), (D, 1986), (L, 2006)], 40),
        new("Alfa Romeo", "Giulietta", 2010, 2020, 88, 125, [(P, 2010), (D, 2010)], 20),
        new("Smart", "fortwo", 1998, OnSale, 45, 66, [(P, 1998), (D, 2007)], 30),
        new("BMW", "Serie 1", 2004, OnSale, 85, 140, [(P, 2004), (D, 2004)], 20),
        new("Audi", "A3", 1996, OnSale, 81, 110, [(P, 1996), (D, 1996)], 20),
        new("Mercedes-Benz", "Classe A", 1997, OnSale, 70, 120, [(P, 1997), (D, 1997)], 20),
        new("Tesla", "Model 3", 2019, OnSale, 208, 366, [(E, 2019)], 6),
        new("Renault", "Zoe", 2013, 2024, 65, 100, [(E, 2013)], 5),
        new("Fiat", "500e", 2020, OnSale, 70, 87, [(E, 2020)], 6),
    ];

    /// <summary>Car ages in completed years, weighted like the Ligurian fleet.</summary>
    public static readonly WeightedTable<AgeBand> Ages = new(
    [
        (new AgeBand(0, 2), 150), (new AgeBand(3, 5), 150), (new AgeBand(6, 10), 220), (new AgeBand(11, 15), 200),
        (new AgeBand(16, 20), 150), (new AgeBand(21, 25), 80), (new AgeBand(26, 34), 50),
    ]);

    /// <summary>The insurers of the cars, weighted by market share.</summary>
    public static readonly WeightedTable<string> Insurers = WeightedText.Parse("""
        Generali Italia 22;UnipolSai Assicurazioni 20;Allianz 12;AXA Assicurazioni 7;Reale Mutua 6;
        Vittoria Assicurazioni 5;Sara Assicurazioni 4;Zurich 4;Groupama Assicurazioni 4;Verti 3;
        Genertel 5;Linear 4;Prima Assicurazioni 4
        """.ReplaceLineEndings(" "));

    /// <summary>How likely each fuel a model offers is for a car registered in <paramref name="year"/>.</summary>
    public static int FuelWeight(VehicleFuel fuel, int year) => fuel switch
    {
        VehicleFuel.Petrol => 50,
        VehicleFuel.Diesel => year switch { < 1995 => 10, < 2000 => 20, < 2019 => 45, _ => 15 },
        VehicleFuel.Lpg => 8,
        VehicleFuel.Methane => 5,
        VehicleFuel.Hybrid => year < 2019 ? 15 : 60,
        _ => 100,
    };
}
