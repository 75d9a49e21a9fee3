using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>Building</c> entity, owned here and keyed by id across the graph (the registry's residences point at it).</summary>
internal sealed class BuildingGraphType : ObjectGraphType<BuildingRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public BuildingGraphType()
    {
        Name = "Building";
        Description = "A building at a street address: its cadastral units, energy certificates, condominium and civil-protection risk.";
        this.Key("id");
        this.ResolveReference<BuildingReference, BuildingRecord>((context, reference) => BuildingsById.Loader.Load(context, reference.Id)!);

        Field<NonNullGraphType<IdGraphType>>("id").Description("The building id, e.g. 'BLD-D969-000001'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<BuildingAddressGraphType>>("address").Description("The street address.").Resolve(context => context.Source);
        Field<NonNullGraphType<BuildingCoordinatesGraphType>>("coordinates").Description("Where it stands (WGS 84).").Resolve(context => context.Source);
        Field("constructionYear", b => b.ConstructionYear).Description("The year it was completed.");
        Field<NonNullGraphType<BuildingUseGraphType>>("use").Description("What it is mainly used for.").Resolve(context => context.Source.Use);
        Field<NonNullGraphType<TerritoryMunicipalityGraphType>>("municipality").Description("The municipality it stands in.").Resolve(context => context.Source.Municipality);
        Field("municipio", b => b.Municipio, nullable: true).Description("Genova's municipal district (1-9); null elsewhere.");
        Field("municipioName", b => b.MunicipioName, nullable: true).Description("The municipio's name, e.g. 'Centro Est'; null elsewhere.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CadastralUnitGraphType>>>>("cadastralUnits")
            .Description("Its cadastral units (dwellings and garages), in sub-unit order.")
            .Resolve(context => CadastralUnitsByBuilding.Loader.LoadMany(context, context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnergyCertificateGraphType>>>>("energyCertificates")
            .Description("The energy certificates (APE) of its units, newest first, expired ones included.")
            .Resolve(context => EnergyCertificatesByBuilding.Loader.LoadMany(context, context.Source.Id));
        Field<EnergyClassGraphType>("energyClass")
            .Description("The class of the newest certificate still valid today among its units; null when none is.")
            .Resolve(context =>
            {
                var today = context.RequestServices!.GetRequiredService<TerritoryClock>().Today;
                return EnergyCertificatesByBuilding.Loader.LoadMany(context, context.Source.Id)
                    .Then(certificates => certificates.FirstOrDefault(c => c.IsValidOn(today))?.EnergyClass);
            });
        Field<CondominiumGraphType>("condominium")
            .Description("The condominium it forms; null for a building with few dwellings or none.")
            .Resolve(context => CondominiumsByBuilding.Loader.Load(context, context.Source.Id));
        Field<NonNullGraphType<AlertZoneGraphType>>("alertZone")
            .Description("The weather alert zone it lies in (its municipality's).")
            .Resolve(context => AlertZonesByCode.Loader.Load(context, context.Source.Municipality.AlertZoneCode));
        Field<NonNullGraphType<BooleanGraphType>>("inFloodRedZone")
            .Description("Whether its house number is flagged in a flood red zone.")
            .Resolve(context => context.Source.FloodRedZoneId is not null);
        Field<FloodRedZoneGraphType>("floodRedZone")
            .Description("The flood red zone it is flagged in; null when none.")
            .Resolve(context => context.Source.FloodRedZoneId is { } zone ? FloodRedZonesById.Loader.Load(context, zone) : null);
    }
}
