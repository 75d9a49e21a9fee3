using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>FloodRedZone</c> type: an area along a watercourse whose house numbers are flagged. Public data.</summary>
internal sealed class FloodRedZoneGraphType : ObjectGraphType<FloodRedZoneRecord>
{
    /// <summary>Declares the fields.</summary>
    public FloodRedZoneGraphType()
    {
        Name = "FloodRedZone";
        Description = "A flood red zone (zona rossa): residents of its flagged house numbers register for alerts and follow the civil protection's rules.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The zone id, e.g. 'RZ-D969-01'.").Resolve(context => context.Source.Id);
        Field("name", z => z.Name).Description("The name the city uses, e.g. 'Fereggiano'.");
        Field("watercourse", z => z.Watercourse).Description("The river or stream, e.g. 'Rio Fereggiano'.");
        Field<NonNullGraphType<TerritoryMunicipalityGraphType>>("municipality")
            .Description("The municipality.")
            .Resolve(context => MunicipalitiesByCode.Loader.Load(context, context.Source.MunicipalityCode));
        Field("municipio", z => z.Municipio, nullable: true).Description("Genova's municipal district (1-9); null elsewhere.");
        Field("buildingCount", z => z.BuildingCount).Description("How many buildings are flagged in it.");
        this.ConnectionField<BuildingGraphType, FloodRedZoneRecord>("buildings")
            .Description("The flagged buildings, in id order, a page at a time.")
            .Resolve(context =>
            {
                var page = context.GetPageRequest<string>();
                return BuildingsByRedZonePage.Loader
                    .LoadMany(context, new RedZonePage(context.Source.Id, page.HasAfter ? page.After : null, page.Limit))
                    .Then(rows => page.ToConnection([.. rows.Select(r => r.Building)], b => b.Id));
            });
    }
}
