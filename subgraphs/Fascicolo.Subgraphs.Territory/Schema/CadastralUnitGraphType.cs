using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>CadastralUnit</c> entity (unità immobiliare urbana), owned here; the taxes subgraph's IMU points at it by id.</summary>
internal sealed class CadastralUnitGraphType : ObjectGraphType<CadastralUnitRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public CadastralUnitGraphType()
    {
        Name = "CadastralUnit";
        Description = "A unit of the urban cadastre (catasto fabbricati): a dwelling, or a garage appurtenant to one.";
        this.Key("id");
        this.ResolveReference<CadastralUnitReference, CadastralUnitRecord>((context, reference) => CadastralUnitsById.Loader.Load(context, reference.Id)!);
        // The cadastral data is public (anyone may ask the Agenzia delle Entrate for a visura); who owns the unit
        // is its owners' personal data, which each co-owner may read, as their own visura lists every owner.
        this.DataSubjects((unit, _) => ValueTask.FromResult<IReadOnlyCollection<string>>(unit.OwnerFiscalCodes));

        Field<NonNullGraphType<IdGraphType>>("id").Description("The unit id, e.g. 'CU-0000001'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<CadastralUnitKindGraphType>>("kind")
            .Description("A dwelling or a garage.")
            .Resolve(context => context.Source.DwellingId is null ? CadastralUnitKind.Garage : CadastralUnitKind.Dwelling);
        Field<NonNullGraphType<BuildingGraphType>>("building")
            .Description("The building it is in.")
            .Resolve(context => BuildingsById.Loader.Load(context, context.Source.BuildingId));
        Field<IdGraphType>("dwellingId").Description("The dwelling it is, e.g. 'DWL-0000001'; null for a garage.").Resolve(context => context.Source.DwellingId);
        Field<CadastralUnitGraphType>("appurtenantTo")
            .Description("For a garage, the dwelling's unit it belongs with (pertinenza); null otherwise.")
            .Resolve(context => context.Source.AppurtenantToId is { } id ? CadastralUnitsById.Loader.Load(context, id) : null);
        Field("sheet", u => u.Sheet).Description("The sheet (foglio).");
        Field("parcel", u => u.Parcel).Description("The parcel (particella or mappale).");
        Field("subUnit", u => u.SubUnit).Description("The sub-unit (subalterno), unique within the parcel.");
        Field("category", u => u.Category).Description("The cadastral category, e.g. 'A/2' (civil dwelling) or 'C/6' (garage).");
        Field<NonNullGraphType<MoneyGraphType>>("cadastralIncome")
            .Description("The cadastral income (rendita catastale), before the revaluation taxes apply.")
            .Resolve(context => new Money(context.Source.CadastralIncomeCents));
        Field("surfaceSquareMetres", u => u.SurfaceSquareMetres).Description("The cadastral surface in square metres.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CadastralOwnershipGraphType>>>>("owners")
            .Description("Who owns it and with which share, the largest share first; the shares add up to one.")
            .PersonalData(PersonalDataCategory.Common)
            .Resolve(context => OwnershipsByUnit.Loader.LoadMany(context, context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnergyCertificateGraphType>>>>("energyCertificates")
            .Description("Its energy certificates (APE), newest first, expired ones included; none for a garage.")
            .Resolve(context => EnergyCertificatesByUnit.Loader.LoadMany(context, context.Source.Id));
    }
}
