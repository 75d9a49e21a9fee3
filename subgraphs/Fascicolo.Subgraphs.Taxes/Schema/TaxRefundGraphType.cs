using Fascicolo.Subgraphs.Taxes.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TaxRefund</c> type.</summary>
internal sealed class TaxRefundGraphType : ObjectGraphType<TaxRefundRecord>
{
    /// <summary>Declares the fields.</summary>
    public TaxRefundGraphType()
    {
        Name = "TaxRefund";
        Description = "A refund (rimborso) of what was paid beyond a year's tax, e.g. an instalment paid twice.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id, e.g. 'RIM-IMU-2024-0000001'.").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<TaxKindGraphType>>("tax").Description("The tax overpaid.").Resolve(context => context.Source.Tax);
        Field("year", r => r.Year).Description("The tax year overpaid.");
        this.MoneyField("amount", r => r.AmountCents).Description("The amount to refund.");
        Field<NonNullGraphType<TaxRefundStatusGraphType>>("status").Description("Where it stands.").Resolve(context => context.Source.Status);
        Field<DateOnlyGraphType>("requestedOn").Description("The day the taxpayer asked for it (istanza di rimborso), or null.").Resolve(context => context.Source.RequestedOn);
        Field<DateOnlyGraphType>("paidOn").Description("The day the city paid it, or null.").Resolve(context => context.Source.PaidOn);
    }
}
