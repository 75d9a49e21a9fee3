using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>PaymentTransfer</c> type: the part of an option's amount paid out to one beneficiary.</summary>
internal sealed class PaymentTransferGraphType : ObjectGraphType<TransferRecord>
{
    /// <summary>Declares the fields.</summary>
    public PaymentTransferGraphType()
    {
        Name = "PaymentTransfer";
        Description = "A transfer of a payment option (GPD model): an amount credited to one beneficiary's account.";

        Field<NonNullGraphType<IntGraphType>>("idTransfer").Description("Its number within the option, 1 to 5.").Resolve(c => c.Source.IdTransfer);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The amount credited.").Resolve(c => new Money(c.Source.AmountCents));
        Field<NonNullGraphType<StringGraphType>>("organizationFiscalCode").Description("The beneficiary's fiscal code.").Resolve(c => c.Source.OrganizationFiscalCode);
        Field<NonNullGraphType<StringGraphType>>("companyName").Description("The beneficiary's name.").Resolve(c => c.Source.CompanyName);
        Field<NonNullGraphType<StringGraphType>>("iban").Description("The account credited (synthetic IBANs with valid check digits).").Resolve(c => c.Source.Iban);
        Field<NonNullGraphType<StringGraphType>>("remittanceInformation")
            .Description("The causale of the credit transfer, '/RFB/<IUV>/<amount>/TXT/<text>'.")
            .Resolve(c => c.Source.RemittanceInformation);
        Field<NonNullGraphType<StringGraphType>>("category")
            .Description("The income's code in pagoPA's taxonomy of collection services, e.g. '9/0101101IM/'.")
            .Resolve(c => c.Source.Category);
        Field<NonNullGraphType<PaymentTransferStatusGraphType>>("status").Description("Whether it has been reported.").Resolve(c => c.Source.Status);
    }
}
