using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>BuildingCoordinates</c> type: where a building stands.</summary>
internal sealed class BuildingCoordinatesGraphType : ObjectGraphType<BuildingRecord>
{
    /// <summary>Declares the fields.</summary>
    public BuildingCoordinatesGraphType()
    {
        Name = "BuildingCoordinates";
        Description = "A building's position in WGS 84 degrees.";
        Field("latitude", b => b.Latitude).Description("Latitude, e.g. 44.407.");
        Field("longitude", b => b.Longitude).Description("Longitude, e.g. 8.934.");
    }
}
