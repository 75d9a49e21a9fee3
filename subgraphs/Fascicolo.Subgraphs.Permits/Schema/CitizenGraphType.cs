using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Permits.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>
/// The <c>Citizen</c> entity as permits extends it (the registry owns it): the key and the procedures
/// and businesses of the person. The source is the fiscal code; any valid code resolves, to empty
/// lists when the person has filed nothing.
/// </summary>
internal sealed class CitizenGraphType : ObjectGraphType<string>
{
    /// <summary>Declares the key, the reference resolver and the fields.</summary>
    public CitizenGraphType()
    {
        Name = "Citizen";
        this.Key("fiscalCode");
        this.ResolveReference<CitizenReference, string>((_, reference) => reference.FiscalCode.Value);
        this.DataSubject(fiscalCode => fiscalCode);

        Field<NonNullGraphType<FiscalCodeGraphType>>("fiscalCode")
            .Resolve(context => context.Source);
        Field<ListGraphType<NonNullGraphType<ProcedureGraphType>>>("procedures")
            .Description("The building and business procedures the person filed as applicant, newest first.")
            .PersonalData(PersonalDataCategory.Common)
            .Resolve(context => ProceduresByApplicant.Loader.LoadMany(context, context.Source));
        Field<ListGraphType<NonNullGraphType<CompanyGraphType>>>("companies")
            .Description("The businesses the person owns or legally represents, by fiscal code.")
            .PersonalData(PersonalDataCategory.Common)
            .Resolve(context => CompaniesByOwner.Loader.LoadMany(context, context.Source));
    }
}
