using Fascicolo.Subgraphs.Payments.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>ReceiptPaymentMethod</c> enum: how a payer paid, as the PSP reports it.</summary>
internal sealed class ReceiptPaymentMethodGraphType : EnumerationGraphType
{
    /// <summary>Declares the values.</summary>
    public ReceiptPaymentMethodGraphType()
    {
        Name = "ReceiptPaymentMethod";
        Description = "How the payer paid, as the PSP reports it to the nodo (sendPaymentOutcome paymentMethod).";
        Add(ReceiptPaymentMethod.Cash, "Cash at a PSP's counter (bank, post office, tobacconist).");
        Add(ReceiptPaymentMethod.CreditCard, "A payment card.");
        Add(ReceiptPaymentMethod.Bancomat, "A debit card on the Bancomat circuit.");
        Add(ReceiptPaymentMethod.Other, "Anything else (bank transfer, PayPal, Satispay…).");
    }

    private void Add(ReceiptPaymentMethod method, string description) => Add(method.ToCode(), method, description);
}
