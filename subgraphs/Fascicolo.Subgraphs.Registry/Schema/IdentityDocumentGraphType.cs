using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Registry.Schema;

/// <summary>The <c>IdentityDocument</c> type: an identity document held by a citizen; all of it is the holder's personal data.</summary>
internal sealed class IdentityDocumentGraphType : ObjectGraphType<IdentityDocumentRecord>
{
    /// <summary>Declares the fields.</summary>
    public IdentityDocumentGraphType()
    {
        Name = "IdentityDocument";
        Description = "An identity document; expired ones are listed too.";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(d => d.FiscalCode);
        Field<NonNullGraphType<IdentityDocumentTypeGraphType>>("type").Description("The kind of document.").Resolve(context => context.Source.Type);
        Field("number", d => d.Number).Description("The document number.");
        Field<NonNullGraphType<DateOnlyGraphType>>("issuedOn").Description("The day it was issued.").Resolve(context => context.Source.IssuedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("expiresOn").Description("The last day it is valid.").Resolve(context => context.Source.ExpiresOn);
        Field("issuedBy", d => d.IssuedBy).Description("The issuing authority, e.g. 'Comune di Genova'.");
        Field<NonNullGraphType<BooleanGraphType>>("isExpired")
            .Description("Whether the document has expired (its last valid day is before today in Italy).")
            .Resolve(context => context.Source.IsExpiredOn(context.RequestServices!.GetRequiredService<RegistryClock>().Today));
    }
}
