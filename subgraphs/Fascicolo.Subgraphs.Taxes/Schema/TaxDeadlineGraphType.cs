using Fascicolo.Domain.Taxes.Payments;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TaxDeadline</c> type: an instalment and what was paid towards it.</summary>
internal sealed class TaxDeadlineGraphType : ObjectGraphType<InstalmentSettlement>
{
    /// <summary>Declares the fields.</summary>
    public TaxDeadlineGraphType()
    {
        Name = "TaxDeadline";
        Description = "An instalment (scadenza): the IMU deposit or balance, or a TARI instalment, with what was paid towards it.";
        Field<NonNullGraphType<TaxKindGraphType>>("tax").Description("The tax.").Resolve(context => context.Source.Instalment.Tax);
        Field("instalment", s => s.Instalment.Number).Description("The instalment's number (IMU: 1 deposit, 2 balance; TARI: 1 to 3).");
        Field("instalmentCount", s => s.Instalment.Count).Description("How many instalments the tax has in the year.");
        Field("description", s => s.Instalment.Description).Description("How the city names it, e.g. 'IMU 2025 acconto' or 'TARI 2025 rata 1 di 3'.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueDate").Description("The last day to pay without penalty (nominal: not moved off holidays).").Resolve(context => context.Source.Instalment.DueDate);
        this.MoneyField("amount", s => s.Instalment.AmountCents).Description("The amount due (IMU in whole euro, as paid with F24).");
        this.MoneyField("paid", s => s.PaidCents).Description("What was paid towards it, on time or late (more than the amount when paid twice).");
        Field<NonNullGraphType<TaxDeadlineStatusGraphType>>("status")
            .Description("Where it stands today.")
            .Resolve(context => context.Source.StatusOn(context.RequestServices!.GetRequiredService<TaxesClock>().Today));
    }
}
