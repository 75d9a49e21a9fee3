using Fascicolo.Domain.Payments.Positions;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>PaymentDebtorType</c> enum: GPD's <c>F</c> and <c>G</c>.</summary>
internal sealed class PaymentDebtorTypeGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public PaymentDebtorTypeGraphType()
    {
        Name = "PaymentDebtorType";
        Description = "The kind of debtor of a position (GPD 'type').";
        Add("F", DebtorType.NaturalPerson, "A natural person (persona fisica), with a 16-character fiscal code.");
        Add("G", DebtorType.LegalPerson, "A legal person (persona giuridica), with an 11-digit fiscal code.");
    }
}
