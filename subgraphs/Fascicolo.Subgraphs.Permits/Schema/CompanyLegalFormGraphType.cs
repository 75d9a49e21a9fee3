using Fascicolo.Domain.SyntheticCity.Permits;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Permits.Schema;

/// <summary>The <c>CompanyLegalForm</c> type: a legal form code with its Italian name; the source is the code.</summary>
internal sealed class CompanyLegalFormGraphType : ObjectGraphType<string>
{
    /// <summary>Declares the fields.</summary>
    public CompanyLegalFormGraphType()
    {
        Name = "CompanyLegalForm";
        Description = "The legal form of a business.";
        Field<NonNullGraphType<StringGraphType>>("code")
            .Description("The code: DI (ditta individuale), SNC, SAS, SRL, SRLS.")
            .Resolve(context => context.Source);
        Field<NonNullGraphType<StringGraphType>>("name")
            .Description("The Italian name, e.g. 'Ditta individuale'.")
            .Resolve(context => LegalForms.NameOf(context.Source) ?? context.Source);
    }
}
