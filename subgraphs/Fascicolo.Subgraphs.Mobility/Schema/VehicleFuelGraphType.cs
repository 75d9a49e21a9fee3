using Fascicolo.Domain.SyntheticCity.Mobility;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>VehicleFuel</c> enum.</summary>
internal sealed class VehicleFuelGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public VehicleFuelGraphType()
    {
        Name = "VehicleFuel";
        Description = "The fuel on a car's registration certificate (alimentazione).";
        Add("PETROL", VehicleFuel.Petrol, "Benzina.");
        Add("DIESEL", VehicleFuel.Diesel, "Gasolio.");
        Add("LPG", VehicleFuel.Lpg, "Benzina e GPL.");
        Add("METHANE", VehicleFuel.Methane, "Benzina e metano.");
        Add("HYBRID", VehicleFuel.Hybrid, "Ibrida (petrol and electric).");
        Add("ELECTRIC", VehicleFuel.Electric, "Elettrica (battery electric).");
    }
}
