namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>How the payer paid, as the PSP reports it to the nodo (<c>sendPaymentOutcome</c> <c>paymentMethod</c>).</summary>
internal enum ReceiptPaymentMethod
{
    /// <summary>Cash at a PSP's counter (bank, post office, tobacconist).</summary>
    Cash,

    /// <summary>A payment card.</summary>
    CreditCard,

    /// <summary>A debit card on the Bancomat circuit.</summary>
    Bancomat,

    /// <summary>Anything else (bank transfer, PayPal, Satispay…).</summary>
    Other,
}
