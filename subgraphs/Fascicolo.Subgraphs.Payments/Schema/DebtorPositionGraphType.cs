using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>DebtorPosition</c> type: everything a debtor owes or has paid, by today's status.</summary>
internal sealed class DebtorPositionGraphType : ObjectGraphType<DebtorPosition>
{
    /// <summary>Declares the fields.</summary>
    public DebtorPositionGraphType()
    {
        Name = "DebtorPosition";
        Description = "A debtor's overall position on pagoPA ('io pago'): open, paid and expired debt positions with their totals. Drafts and cancelled positions are not shown.";
        // Everything here is the debtor's (a person's, or a company's 11-digit code that no citizen holds).
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(position => position.DebtorFiscalCode);

        Field<NonNullGraphType<StringGraphType>>("fiscalCode").Description("The debtor's fiscal code.").Resolve(c => c.Source.DebtorFiscalCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentPositionGraphType>>>>("open")
            .Description("Positions to pay (VALID, PARTIALLY_PAID) or announced (PUBLISHED), earliest due date first.")
            .Resolve(c => c.Source.Open);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentPositionGraphType>>>>("paid")
            .Description("Positions paid in full (PAID, REPORTED), latest payment first.")
            .Resolve(c => c.Source.Paid);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentPositionGraphType>>>>("expired")
            .Description("Positions that expired unpaid (EXPIRED), latest due date first.")
            .Resolve(c => c.Source.Expired);
        Field<NonNullGraphType<MoneyGraphType>>("totalOpen").Description("What is left to pay on the open positions.").Resolve(c => c.Source.TotalOpen);
        Field<NonNullGraphType<MoneyGraphType>>("totalOverdue")
            .Description("What is left to pay on open positions whose earliest open due date has passed.")
            .Resolve(c => c.Source.TotalOverdue);
        Field<NonNullGraphType<MoneyGraphType>>("totalPaid").Description("What the debtor has paid on these positions.").Resolve(c => c.Source.TotalPaid);
        Field<NonNullGraphType<MoneyGraphType>>("totalExpired").Description("What was left unpaid on the expired positions.").Resolve(c => c.Source.TotalExpired);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentReceiptGraphType>>>>("receipts")
            .Description("Every receipt of the debtor's positions, latest payment first.")
            .Resolve(c => ReceiptsByDebtor.Loader.LoadMany(c, c.Source.DebtorFiscalCode));
    }
}
