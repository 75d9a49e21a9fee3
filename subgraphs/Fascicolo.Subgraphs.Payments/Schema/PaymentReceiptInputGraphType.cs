using Fascicolo.Subgraphs.Payments.Receipts;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>PaymentReceiptInput</c> input; see <see cref="PaymentReceiptInput"/>.</summary>
internal sealed class PaymentReceiptInputGraphType : InputObjectGraphType<PaymentReceiptInput>
{
    /// <summary>Declares the fields.</summary>
    public PaymentReceiptInputGraphType()
    {
        Name = "PaymentReceiptInput";
        Description = "A successful payment as a PSP reports it to the nodo.";
        Field<NonNullGraphType<StringGraphType>>("receiptId")
            .Description($"The PSP's receipt id: 1 to {PaymentReceiptInput.MaxReceiptIdLength} letters, digits or hyphens; recording it twice is idempotent.");
        Field<NonNullGraphType<StringGraphType>>("noticeNumber").Description("The notice number (NAV, 18 digits) paid.");
        Field<NonNullGraphType<StringGraphType>>("organizationFiscalCode").Description("The creditor's 11-digit fiscal code.");
        Field<NonNullGraphType<LongGraphType>>("paymentAmountCents").Description("What was paid to the creditor, in euro cents; must equal the option's amount.");
        Field<LongGraphType>("feeCents").DefaultValue(0L).Description("The PSP's fee paid on top, in euro cents.");
        Field<NonNullGraphType<ReceiptPaymentMethodGraphType>>("paymentMethod").Description("How the payer paid.");
        Field<NonNullGraphType<DateTimeGraphType>>("paymentDateTime").Description("When the payment was made (ISO 8601 with offset); not in the future.");
        Field<NonNullGraphType<StringGraphType>>("pspId").Description("The PSP's identifier on the nodo (idPSP).");
        Field<NonNullGraphType<StringGraphType>>("pspCompanyName").Description("The PSP's name.");
        Field<StringGraphType>("payerFiscalCode").Description("Who paid (a person's or a company's fiscal code), when reported.");
        Field<StringGraphType>("payerFullName").Description("The payer's name, when reported.");
    }
}
