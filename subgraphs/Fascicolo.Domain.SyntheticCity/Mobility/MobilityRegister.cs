namespace Fascicolo.Domain.SyntheticCity.Mobility;

/// <summary>The generated mobility facet with its indexes.</summary>
internal sealed class MobilityRegister
{
    public MobilityRegister(
        IReadOnlyList<Vehicle> vehicles,
        IReadOnlyList<VehicleTaxPeriod> taxPeriods,
        IReadOnlyList<TrafficFine> fines,
        IReadOnlyList<ZtlPermit> permits)
    {
        Vehicles = vehicles;
        TaxPeriods = taxPeriods;
        Fines = fines;
        Permits = permits;
        ByPlate = vehicles.ToDictionary(v => v.Plate, StringComparer.Ordinal);
        ByOwner = vehicles.GroupBy(v => v.OwnerFiscalCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Vehicle>)[.. g], StringComparer.Ordinal);
        FinesByPlate = fines.GroupBy(f => f.Plate, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TrafficFine>)[.. g], StringComparer.Ordinal);
    }

    public IReadOnlyList<Vehicle> Vehicles { get; }

    public IReadOnlyList<VehicleTaxPeriod> TaxPeriods { get; }

    public IReadOnlyList<TrafficFine> Fines { get; }

    public IReadOnlyList<ZtlPermit> Permits { get; }

    public Dictionary<string, Vehicle> ByPlate { get; }

    public Dictionary<string, IReadOnlyList<Vehicle>> ByOwner { get; }

    public Dictionary<string, IReadOnlyList<TrafficFine>> FinesByPlate { get; }
}
