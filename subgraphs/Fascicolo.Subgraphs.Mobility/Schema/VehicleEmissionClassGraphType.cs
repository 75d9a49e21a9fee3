using Fascicolo.Domain.SyntheticCity.Mobility;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Mobility.Schema;

/// <summary>The <c>VehicleEmissionClass</c> enum.</summary>
internal sealed class VehicleEmissionClassGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public VehicleEmissionClassGraphType()
    {
        Name = "VehicleEmissionClass";
        Description = "The European emission standard a car was approved under (classe ambientale); battery electric cars are EURO_6.";
        foreach (var value in Enum.GetValues<EmissionClass>())
        {
            Add($"EURO_{(int)value}", value, $"Euro {(int)value}.");
        }
    }
}
