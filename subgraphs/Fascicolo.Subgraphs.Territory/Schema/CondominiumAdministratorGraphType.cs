using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Territory.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Territory.Schema;

/// <summary>The <c>CondominiumAdministrator</c> type.</summary>
internal sealed class CondominiumAdministratorGraphType : ObjectGraphType<CondominiumRecord>
{
    /// <summary>Declares the fields.</summary>
    public CondominiumAdministratorGraphType()
    {
        Name = "CondominiumAdministrator";
        Description = "The administrator (amministratore di condominio): a person (often one of the owners) or a company.";
        // The name is posted at the building's entrance by law (art. 1129 c.c.) and stays public; a person's fiscal
        // code and their identity in the graph are their personal data.
        this.DataSubject(condominium => condominium.AdministratorKind == AdministratorKind.Person ? condominium.AdministratorFiscalCode : null);
        Field<NonNullGraphType<CondominiumAdministratorKindGraphType>>("kind").Description("A person or a company.").Resolve(context => context.Source.AdministratorKind);
        Field("name", c => c.AdministratorName).Description("The person's full name or the company's registered name.");
        Field("fiscalCode", c => c.AdministratorFiscalCode)
            .Description("The fiscal code: 16 characters for a person, 11 digits for a company.")
            .PersonalData(PersonalDataCategory.Common);
        Field<CitizenGraphType>("citizen")
            .Description("The administrator as a citizen, when a person; null for a company.")
            .PersonalData(PersonalDataCategory.Common)
            .Resolve(context => context.Source.AdministratorKind == AdministratorKind.Person ? context.Source.AdministratorFiscalCode : null);
        Field<NonNullGraphType<DateOnlyGraphType>>("since").Description("The day of the appointment.").Resolve(context => context.Source.AdministratorSince);
    }
}
