using Fascicolo.Subgraphs.Welfare.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Welfare.Schema;

/// <summary>The <c>SocialOffice</c> type.</summary>
internal sealed class SocialOfficeGraphType : ObjectGraphType<SocialOfficeRecord>
{
    /// <summary>Declares the fields.</summary>
    public SocialOfficeGraphType()
    {
        Name = "SocialOffice";
        Description = "A social-service office that follows cases: a social district (ATS) or a municipal social desk (sportello sociale).";
        Field("code", o => o.Code).Description("The office code, e.g. 'ATS-D969-01' or 'SPS-A388'.");
        Field("name", o => o.Name).Description("The office name, e.g. 'ATS Centro Est (Municipio I)'.");
        Field<NonNullGraphType<SocialOfficeKindGraphType>>("kind").Description("District or municipal desk.").Resolve(context => context.Source.Kind);
        Field("municipalityCode", o => o.MunicipalityCode).Description("The Belfiore code of the municipality it serves, e.g. 'D969'.");
        Field("municipalityName", o => o.MunicipalityName).Description("The name of the municipality it serves.");
        Field("municipio", o => o.Municipio, nullable: true).Description("The Genova municipio (1-9) it serves; null elsewhere.");
    }
}
