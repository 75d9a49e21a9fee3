using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Education.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>The <c>School</c> entity, owned by this subgraph and keyed by its code.</summary>
internal sealed class SchoolGraphType : ObjectGraphType<SchoolRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public SchoolGraphType()
    {
        Name = "School";
        Description = "A school (plesso) or municipal nursery where children are enrolled.";

        this.Key("code");
        this.ResolveReference<SchoolReference, SchoolRecord>((context, reference) => SchoolsByCode.Loader.Load(context, reference.Code)!);

        Field<NonNullGraphType<IdGraphType>>("code")
            .Description("The MIUR meccanografico code of a state school (e.g. 'GEEE80101I'), the Comune's own code of a municipal one (e.g. 'D969-NIDO-801').")
            .Resolve(context => context.Source.Code);
        Field("name", s => s.Name).Description("The name, e.g. 'Scuola primaria Giovanni Pascoli'.");
        Field<NonNullGraphType<SchoolOrderGraphType>>("order").Description("Nursery, preschool, primary or lower secondary.").Resolve(context => context.Source.Order);
        Field<NonNullGraphType<SchoolManagementGraphType>>("management").Description("State or municipal.").Resolve(context => context.Source.Management);
        Field<SchoolInstituteGraphType>("institute")
            .Description("The istituto comprensivo a state school belongs to; null for a municipal school.")
            .Resolve(context => context.Source is { InstituteCode: { } code, InstituteName: { } name } ? new SchoolInstitute(code, name) : null);
        Field("municipalityCode", s => s.MunicipalityCode).Description("The Belfiore code of the municipality it stands in, e.g. 'D969'.");
        Field("municipio", s => s.Municipio, nullable: true).Description("Genova's municipal district (1-9); null elsewhere.");
        Field<NonNullGraphType<BuildingGraphType>>("building")
            .Description("The building that houses it, owned by the territory subgraph.")
            .Resolve(context => context.Source.BuildingId);
    }
}
