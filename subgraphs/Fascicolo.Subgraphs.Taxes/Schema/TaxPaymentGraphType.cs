using Fascicolo.Domain.Taxes.Payments;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TaxPayment</c> type: a payment received.</summary>
internal sealed class TaxPaymentGraphType : ObjectGraphType<TaxPayment>
{
    /// <summary>Declares the fields.</summary>
    public TaxPaymentGraphType()
    {
        Name = "TaxPayment";
        Description = "A payment (versamento) towards an instalment of the year.";
        Field<NonNullGraphType<TaxKindGraphType>>("tax").Description("The tax.").Resolve(context => context.Source.Tax);
        Field("instalment", p => p.Instalment).Description("The instalment paid (IMU: 1 deposit, 2 balance; TARI: 1 to 3).");
        this.MoneyField("amount", p => p.AmountCents).Description("The amount paid.");
        Field<NonNullGraphType<DateOnlyGraphType>>("paidOn").Description("The day it was paid.").Resolve(context => context.Source.PaidOn);
        Field<NonNullGraphType<TaxPaymentChannelGraphType>>("channel").Description("How it was paid.").Resolve(context => context.Source.Channel);
    }
}
