using Fascicolo.Domain.SyntheticCity.Ledger;
using Fascicolo.Domain.SyntheticCity.Mobility.Transit;

namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>
/// The mobility facet of the city ("io mi muovo"): residents' cars with their vehicle tax,
/// insurance and inspections, fines, ZTL permits, the public traffic notices and the transit feed.
/// </summary>
public static class CityMobility
{
    private const string FacetName = "mobility";

    /// <summary>Every car, in resident order.</summary>
    public static IReadOnlyList<Vehicle> Vehicles(this City city) => Register(city).Vehicles;

    /// <summary>The car with a plate, or null.</summary>
    public static Vehicle? FindVehicle(this City city, string plate) =>
        plate is null ? null : Register(city).ByPlate.GetValueOrDefault(plate);

    /// <summary>The cars a resident owns, in order; empty for none.</summary>
    public static IReadOnlyList<Vehicle> VehiclesOf(this City city, string fiscalCode) =>
        Register(city).ByOwner.GetValueOrDefault(fiscalCode) ?? [];

    /// <summary>The vehicle tax period running on the reference date of every car, in vehicle order.</summary>
    public static IReadOnlyList<VehicleTaxPeriod> VehicleTaxPeriods(this City city) => Register(city).TaxPeriods;

    /// <summary>Every fine notified by the reference date, in the order they were committed.</summary>
    public static IReadOnlyList<TrafficFine> TrafficFines(this City city) => Register(city).Fines;

    /// <summary>The fines of a car, in the order they were committed; empty for none.</summary>
    public static IReadOnlyList<TrafficFine> TrafficFinesOf(this City city, string plate) =>
        Register(city).FinesByPlate.GetValueOrDefault(plate) ?? [];

    /// <summary>Every ZTL permit, valid or lapsed, in number order.</summary>
    public static IReadOnlyList<ZtlPermit> ZtlPermits(this City city) => Register(city).Permits;

    /// <summary>The public traffic notices around the reference date, in order of start.</summary>
    public static IReadOnlyList<TrafficNewsItem> TrafficNews(this City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("mobility/traffic-news", TrafficNewsGenerator.Generate);
    }

    /// <summary>
    /// The synthetic Genova-like transit timetable as a GTFS feed: file name (<c>stops.txt</c>, …) to
    /// RFC 4180 CSV text, valid from the year before the reference date to two years after it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> TransitFeed(this City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet("mobility/transit", GenovaTransitFeed.Generate);
    }

    /// <summary>The payments this facet raises (vehicle tax to Regione Liguria, fines to the Comune); see <see cref="CityLedger"/>.</summary>
    internal static IReadOnlyList<PaymentDue> Debts(City city) => MobilityLedger.Debts(Register(city));

    private static MobilityRegister Register(City city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return city.Facet(FacetName, MobilityGenerator.Generate);
    }
}
