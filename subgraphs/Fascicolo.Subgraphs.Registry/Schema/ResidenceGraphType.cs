using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>Residence</c> type: where a citizen is registered as living; all of it is the resident's personal data.</summary>
internal sealed class ResidenceGraphType : ObjectGraphType<ResidenceRecord>
{
    /// <summary>Declares the fields.</summary>
    public ResidenceGraphType()
    {
        Name = "Residence";
        Description = "A registered residence: a street address in a municipality, in a building.";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(r => r.FiscalCode);
        Field("street", r => r.Street).Description("The street name, e.g. 'Via XX Settembre'.");
        Field("houseNumber", r => r.HouseNumber).Description("The house number; Genova's red numbers end in 'r'.");
        Field("postalCode", r => r.PostalCode).Description("The five-digit postal code (CAP).");
        Field<NonNullGraphType<MunicipalityGraphType>>("municipality").Description("The municipality.").Resolve(context => context.Source.Municipality);
        Field("municipio", r => r.Municipio, nullable: true).Description("Genova's municipal district (1-9); null elsewhere.");
        Field<NonNullGraphType<BuildingGraphType>>("building")
            .Description("The building, owned by the territory subgraph.")
            .Resolve(context => context.Source.BuildingId);
    }
}
