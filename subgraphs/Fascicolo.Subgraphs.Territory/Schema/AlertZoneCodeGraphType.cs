using Fascicolo.Domain.SyntheticCity.Territory;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>AlertZoneCode</c> enum: the zone letters, whose values are the letters themselves.</summary>
internal sealed class AlertZoneCodeGraphType : EnumerationGraphType
{
    /// <summary>Declares a value per zone.</summary>
    public AlertZoneCodeGraphType()
    {
        Name = "AlertZoneCode";
        Description = "The letter of a Liguria weather alert zone.";
        foreach (var zone in AlertZones.All)
        {
            Add(zone.Code, zone.Code, zone.Name);
        }
    }
}
