using Fascicolo.Domain.Taxes.Balance;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Taxes.Schema;

/// <summary>The <c>TaxBalance</c> type.</summary>
internal sealed class TaxBalanceGraphType : ObjectGraphType<TaxBalance>
{
    /// <summary>Declares the fields.</summary>
    public TaxBalanceGraphType()
    {
        Name = "TaxBalance";
        Description = "A year's summary, IMU and TARI together; reckoned per tax, so an overpaid tax never offsets another.";
        this.MoneyField("due", b => b.DueCents).Description("The year's taxes plus the sanctions and interest of its assessments.");
        this.MoneyField("paid", b => b.PaidCents).Description("Everything paid for the year: instalments (overpayments included) and assessments.");
        this.MoneyField("outstanding", b => b.OutstandingCents).Description("What is still owed, due yet or not.");
        this.MoneyField("overdue", b => b.OverdueCents).Description("The part still owed whose deadline has passed: unpaid assessments past their 60 days, or unpaid instalments of a year not assessed.");
        this.MoneyField("refunds", b => b.RefundsCents).Description("What was paid beyond a tax's due, to be refunded.");
    }
}
