using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>AlertZone</c> type: one of Liguria's weather alert zones. Public data.</summary>
internal sealed class AlertZoneGraphType : ObjectGraphType<AlertZoneRecord>
{
    /// <summary>Declares the fields.</summary>
    public AlertZoneGraphType()
    {
        Name = "AlertZone";
        Description = "One of Liguria's five weather alert zones (zone di allertamento), A to E; Genova is in B.";
        Field<NonNullGraphType<AlertZoneCodeGraphType>>("code").Description("The letter.").Resolve(context => context.Source.Code);
        Field("name", z => z.Name).Description("The zone's name, e.g. 'Bacini liguri marittimi di Centro'.");
        Field("description", z => z.Description).Description("Where it lies.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TerritoryMunicipalityGraphType>>>>("municipalities")
            .Description("The city's municipalities in the zone, by ISTAT code; empty for zones outside the city.")
            .Resolve(context => MunicipalitiesByAlertZone.Loader.LoadMany(context, context.Source.Code));
    }
}
