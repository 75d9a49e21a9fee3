using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Permits.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>Company</c> entity, owned by permits and keyed by its 11-digit fiscal code.</summary>
internal sealed class CompanyGraphType : ObjectGraphType<CompanyRecord>
{
    /// <summary>Declares the fields, the federation key and the reference resolver.</summary>
    public CompanyGraphType()
    {
        Name = "Company";
        Description = "A business of the Registro delle imprese with premises in the city.";
        this.Key("fiscalCode");
        this.ResolveReference<CompanyReference, CompanyRecord>(
            (context, reference) => CompaniesByFiscalCode.Loader.Load(context, CompanyFiscalCodeArgument.Validate(reference.FiscalCode))!);
        // A sole trader's business is its owner's personal data ("Trattoria Ravera di Ravera Stefano"), and so is
        // who represents any company: the subject is the owner when a natural person (not an 11-digit company code).
        this.DataSubject(company => company.OwnerFiscalCode.Length == CompanyFiscalCode.Length ? null : company.OwnerFiscalCode);

        Field("fiscalCode", c => c.FiscalCode).Description("The 11-digit fiscal code (for most businesses also the VAT number), e.g. '01987650106'.");
        Field("name", c => c.Name).Description("The registered name (denominazione), e.g. 'Trattoria Ravera di Ravera Stefano'.");
        Field<NonNullGraphType<CompanyLegalFormGraphType>>("legalForm")
            .Description("The legal form.")
            .Resolve(context => context.Source.LegalForm);
        Field<NonNullGraphType<AtecoActivityGraphType>>("ateco")
            .Description("The main economic activity (ATECO).")
            .Resolve(context => context.Source.AtecoCode);
        Field<NonNullGraphType<DateOnlyGraphType>>("registeredOn")
            .Description("The day it was entered in the Registro delle imprese.")
            .Resolve(context => context.Source.RegisteredOn);
        Field<NonNullGraphType<CitizenGraphType>>("owner")
            .Description("The owner or legal representative; the registry resolves who they are.")
            .Resolve(context => context.Source.OwnerFiscalCode);
        Field<NonNullGraphType<BuildingGraphType>>("premises")
            .Description("The building of its premises or registered office.")
            .Resolve(context => context.Source.BuildingId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProcedureGraphType>>>>("procedures")
            .Description("Its SUAP procedures, newest first.")
            .Resolve(context => ProceduresByCompany.Loader.LoadMany(context, context.Source.FiscalCode));

        // Every field but the key: the key is what a caller already holds (company(fiscalCode:)).
        foreach (var field in Fields.Where(f => f.Name != "fiscalCode"))
        {
            field.PersonalData(PersonalDataCategory.Common);
        }
    }
}
