using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>PaymentReceipt</c> type: a successful payment of one option, as the nodo reported it.</summary>
internal sealed class PaymentReceiptGraphType : ObjectGraphType<ReceiptRecord>
{
    /// <summary>Declares the fields.</summary>
    public PaymentReceiptGraphType()
    {
        Name = "PaymentReceipt";
        Description = "A payment receipt (ricevuta telematica): a payment of one notice that succeeded.";
        // It names the debtor and, when reported, the payer (a parent paying for a child): both are its subjects.
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubjects<ReceiptRecord>((receipt, _) => ValueTask.FromResult<IReadOnlyCollection<string>>(
            receipt.PayerFiscalCode is { } payer && payer != receipt.DebtorFiscalCode ? [receipt.DebtorFiscalCode, payer] : [receipt.DebtorFiscalCode]));

        Field<NonNullGraphType<IdGraphType>>("receiptId").Description("The PSP's receipt id.").Resolve(c => c.Source.ReceiptId);
        Field<NonNullGraphType<StringGraphType>>("noticeNumber").Description("The notice number paid.").Resolve(c => c.Source.NoticeNumber);
        Field<NonNullGraphType<StringGraphType>>("organizationFiscalCode").Description("The creditor paid.").Resolve(c => c.Source.OrganizationFiscalCode);
        Field<NonNullGraphType<StringGraphType>>("debtorFiscalCode").Description("The position's debtor.").Resolve(c => c.Source.DebtorFiscalCode);
        Field<NonNullGraphType<MoneyGraphType>>("paymentAmount").Description("What was paid to the creditor.").Resolve(c => new Money(c.Source.AmountCents));
        Field<NonNullGraphType<MoneyGraphType>>("fee").Description("The PSP's fee, paid on top by the payer.").Resolve(c => new Money(c.Source.FeeCents));
        Field<NonNullGraphType<ReceiptPaymentMethodGraphType>>("paymentMethod").Description("How the payer paid.").Resolve(c => c.Source.PaymentMethod);
        Field<NonNullGraphType<DateTimeGraphType>>("paymentDateTime").Description("When the payment was made (UTC).").Resolve(c => c.Source.PaymentDateTime);
        Field<NonNullGraphType<StringGraphType>>("pspId").Description("The PSP's identifier on the nodo (idPSP).").Resolve(c => c.Source.PspId);
        Field<NonNullGraphType<StringGraphType>>("pspCompanyName").Description("The PSP's name.").Resolve(c => c.Source.PspCompanyName);
        Field<StringGraphType>("payerFiscalCode").Description("Who paid, when reported (a parent may pay for a child).").Resolve(c => c.Source.PayerFiscalCode);
        Field<StringGraphType>("payerFullName").Description("The payer's name, when reported.").Resolve(c => c.Source.PayerFullName);
        Field<NonNullGraphType<DateTimeGraphType>>("recordedAt").Description("When the hub recorded the receipt (UTC).").Resolve(c => c.Source.RecordedAt);
        Field<NonNullGraphType<PaymentOptionGraphType>>("option")
            .Description("The payment option paid.")
            .Resolve(c => OptionsByIuv.Loader.Load(c, c.Source.Iuv));
        Field<NonNullGraphType<PaymentPositionGraphType>>("position")
            .Description("The debt position paid.")
            .Resolve(c => PositionsByIupd.Loader.Load(c, c.Source.Iupd));
    }
}
