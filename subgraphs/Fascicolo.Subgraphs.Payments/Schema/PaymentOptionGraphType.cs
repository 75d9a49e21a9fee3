using Fascicolo.Domain.Payments.Notices;
using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Payments.Data;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Payments.Schema;

/// <summary>The <c>PaymentOption</c> type: one way to pay a position, with its own notice number.</summary>
internal sealed class PaymentOptionGraphType : ObjectGraphType<PositionOption>
{
    /// <summary>Declares the fields.</summary>
    public PaymentOptionGraphType()
    {
        Name = "PaymentOption";
        Description = "A payment option of a debt position (GPD model): the full amount or one instalment, payable with its own notice.";
        // paymentNotice(nav:) reaches an option without its position: it is guarded as the position's debtor's.
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubject(option => option.Position.DebtorFiscalCode);

        Field<NonNullGraphType<StringGraphType>>("iuv").Description("The IUV (17 digits): segregation code, IUV base, check digits.").Resolve(c => c.Source.Option.Iuv);
        Field<NonNullGraphType<StringGraphType>>("nav").Description("The notice number (codice avviso, 18 digits): aux digit 3 and the IUV.").Resolve(c => c.Source.Option.Nav);
        Field<NonNullGraphType<StringGraphType>>("navFormatted")
            .Description("The notice number as printed on a paper notice, e.g. '3010 0000 0000 0001 44'.")
            .Resolve(c => NoticeNumber.FromIuv(c.Source.Option.Iuv).Display);
        Field<NonNullGraphType<StringGraphType>>("organizationFiscalCode").Description("The creditor that issued the notice.").Resolve(c => c.Source.Option.OrganizationFiscalCode);
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The amount to pay.").Resolve(c => new Money(c.Source.Option.AmountCents));
        Field<NonNullGraphType<StringGraphType>>("description").Description("What the option is, e.g. 'Rata 1 di 2'.").Resolve(c => c.Source.Option.Description);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueDate").Description("The last day to pay it.").Resolve(c => c.Source.Option.DueDate);
        Field<NonNullGraphType<BooleanGraphType>>("isPartialPayment").Description("True for an instalment, false for the full payment.").Resolve(c => c.Source.Option.IsPartialPayment);
        Field<NonNullGraphType<PaymentOptionStatusGraphType>>("status").Description("Its status.").Resolve(c => c.Source.Option.Status);
        Field<DateTimeGraphType>("paymentDate").Description("When it was paid (UTC).").Resolve(c => c.Source.Option.PaymentDate);
        Field<NonNullGraphType<BooleanGraphType>>("isPayable")
            .Description("Whether a payment of this notice would be accepted today.")
            .Resolve(c => DebtPositionStatusRules.CheckPayment(
                c.Source.Position.StatusOn(c.Today()), c.Source.Position.OptionStates, IndexOf(c.Source)) == PaymentRefusal.None);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue")
            .Description("Whether it is payable today and its due date has passed.")
            .Resolve(c => c.Source.Option.DueDate < c.Today() && DebtPositionStatusRules.CheckPayment(
                c.Source.Position.StatusOn(c.Today()), c.Source.Position.OptionStates, IndexOf(c.Source)) == PaymentRefusal.None);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentTransferGraphType>>>>("transfers")
            .Description("Where the money goes: 1 to 5 transfers adding up to the amount.")
            .Resolve(c => TransfersByIuv.Loader.LoadMany(c, c.Source.Option.Iuv));
        Field<PaymentReceiptGraphType>("receipt").Description("The receipt of its payment, once paid.").Resolve(c => ReceiptsByIuv.Loader.Load(c, c.Source.Option.Iuv));
        Field<NonNullGraphType<PaymentPositionGraphType>>("position").Description("The debt position it belongs to.").Resolve(c => c.Source.Position);
    }

    private static int IndexOf(PositionOption source) =>
        source.Position.Options.ToList().FindIndex(o => o.Iuv == source.Option.Iuv);
}
