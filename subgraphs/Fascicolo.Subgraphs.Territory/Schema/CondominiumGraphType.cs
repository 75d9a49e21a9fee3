using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>Condominium</c> entity, owned here and keyed by id.</summary>
internal sealed class CondominiumGraphType : ObjectGraphType<CondominiumRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public CondominiumGraphType()
    {
        Name = "Condominium";
        Description = "A condominium: a building whose units belong to several owners, run by an administrator.";
        this.Key("id");
        this.ResolveReference<CondominiumReference, CondominiumRecord>((context, reference) => CondominiumsById.Loader.Load(context, reference.Id)!);

        Field<NonNullGraphType<IdGraphType>>("id").Description("The condominium id, e.g. 'CND-D969-000001'.").Resolve(context => context.Source.Id);
        Field("name", c => c.Name).Description("The name it goes by, e.g. 'Condominio Via XX Settembre 12'.");
        Field("fiscalCode", c => c.FiscalCode).Description("Its own 11-digit fiscal code (a condominium's starts with 9).");
        Field<NonNullGraphType<BuildingGraphType>>("building")
            .Description("Its building.")
            .Resolve(context => BuildingsById.Loader.Load(context, context.Source.BuildingId));
        Field("dwellingCount", c => c.DwellingCount).Description("How many dwellings the building has.");
        Field<NonNullGraphType<CondominiumAdministratorGraphType>>("administrator").Description("The administrator.").Resolve(context => context.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CadastralUnitGraphType>>>>("units")
            .Description("The building's cadastral units (dwellings and garages), in sub-unit order.")
            .Resolve(context => CadastralUnitsByBuilding.Loader.LoadMany(context, context.Source.BuildingId));
    }
}
