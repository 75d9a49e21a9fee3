using Fascicolo.Subgraphs.Education.Data;
using Fascicolo.Subgraphs.Kit;
using GraphQL.Types;

namespace Fascicolo.Subgraphs.Education.Schema;

/// <summary>
/// The <c>CanteenBill</c> type: the meals of a two-month period, payable through pagoPA. Personal data of
/// the child who ate and of the payer billed, open to the child's parents.
/// </summary>
internal sealed class CanteenBillGraphType : ObjectGraphType<CanteenBillRecord>
{
    /// <summary>Declares the fields.</summary>
    public CanteenBillGraphType()
    {
        Name = "CanteenBill";
        Description = "A canteen bill: the meals a child ate in a two-month period at the child's fee per meal, payable through pagoPA.";
        this.PersonalData(PersonalDataCategory.Common);
        this.DataSubjects<CanteenBillRecord>((bill, _) => ValueTask.FromResult<IReadOnlyCollection<string>>([bill.PupilFiscalCode, bill.PayerFiscalCode]));
        this.OpenToGuardians();
        Field<NonNullGraphType<IdGraphType>>("iupd").Description("The debt position's IUPD, e.g. 'MENSA-2025-0000042'.").Resolve(context => context.Source.Iupd);
        Field<NonNullGraphType<PaymentPositionGraphType>>("paymentPosition")
            .Description("The pagoPA debt position, owned by the payments subgraph (notice number, status, receipts).")
            .Resolve(context => context.Source.Iupd);
        Field<NonNullGraphType<CitizenGraphType>>("pupil").Description("The child who ate the meals.").Resolve(context => new CitizenKey(context.Source.PupilFiscalCode));
        Field<NonNullGraphType<CitizenGraphType>>("payer").Description("Who is billed.").Resolve(context => new CitizenKey(context.Source.PayerFiscalCode));
        Field<NonNullGraphType<EnrolmentGraphType>>("enrolment")
            .Description("The enrolment billed.")
            .Resolve(context => EnrolmentsById.Loader.Load(context, context.Source.EnrolmentId));
        Field<NonNullGraphType<DateOnlyGraphType>>("periodStart").Description("The first day of the billed period.").Resolve(context => context.Source.PeriodStart);
        Field<NonNullGraphType<DateOnlyGraphType>>("periodEnd").Description("The last day of the billed period.").Resolve(context => context.Source.PeriodEnd);
        Field("meals", b => b.Meals).Description("The meals eaten in the period.");
        Field<NonNullGraphType<MoneyGraphType>>("mealFee").Description("The fee per meal, after any sibling discount.").Resolve(context => new Money(context.Source.MealFeeCents));
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("The amount: meals times the fee per meal.").Resolve(context => new Money(context.Source.AmountCents));
        Field<NonNullGraphType<DateOnlyGraphType>>("issuedOn").Description("The day the bill was issued.").Resolve(context => context.Source.IssuedOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The last day to pay.").Resolve(context => context.Source.DueOn);
        Field<DateOnlyGraphType>("paidOn").Description("The day it was paid; null while unpaid.").Resolve(context => context.Source.PaidOn);
        Field<NonNullGraphType<BooleanGraphType>>("isPaid").Description("Whether it has been paid.").Resolve(context => context.Source.PaidOn is not null);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue")
            .Description("Whether it is unpaid and its due date is before today in Italy.")
            .Resolve(context => context.Source.PaidOn is null && context.Source.DueOn < context.RequestServices!.GetRequiredService<EducationClock>().Today);
    }
}
