using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>
/// The <c>TerritoryMunicipality</c> type: a comune with its alert zone. Named apart from the
/// registry's <c>Municipality</c> value type, which has no alert zone (the two would not compose).
/// </summary>
internal sealed class TerritoryMunicipalityGraphType : ObjectGraphType<MunicipalityRecord>
{
    /// <summary>Declares the fields.</summary>
    public TerritoryMunicipalityGraphType()
    {
        Name = "TerritoryMunicipality";
        Description = "A municipality (comune) of the city, with its weather alert zone.";
        Field("istatCode", m => m.IstatCode).Description("The six-digit ISTAT code, e.g. '010025'.");
        Field("belfioreCode", m => m.BelfioreCode).Description("The Belfiore (cadastral) code, e.g. 'D969'.");
        Field("name", m => m.Name).Description("The official name, e.g. 'Genova'.");
        Field("province", m => m.Province).Description("The province abbreviation, e.g. 'GE'.");
        Field<NonNullGraphType<AlertZoneGraphType>>("alertZone")
            .Description("The weather alert zone it lies in.")
            .Resolve(context => AlertZonesByCode.Loader.Load(context, context.Source.AlertZoneCode));
    }
}
