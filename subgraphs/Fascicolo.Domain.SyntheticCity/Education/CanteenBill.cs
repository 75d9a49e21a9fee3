namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// A canteen bill: the meals a child ate in a two-month period, at the child's fee per meal, payable
/// through pagoPA as the debt position <see cref="Iupd"/> (the ledger's <see cref="Ledger.PaymentDue"/>).
/// </summary>
/// <param name="Iupd">The debt position, e.g. <c>MENSA-2025-0000042</c>.</param>
/// <param name="EnrolmentId">The enrolment billed.</param>
/// <param name="PupilFiscalCode">The child who ate the meals.</param>
/// <param name="PayerFiscalCode">Who is billed: the head of the child's household.</param>
/// <param name="PeriodStart">The first day of the billed period.</param>
/// <param name="PeriodEnd">The last day of the billed period.</param>
/// <param name="Meals">The meals eaten in the period.</param>
/// <param name="MealFeeCents">The fee per meal, after any sibling discount, in cents.</param>
/// <param name="IssuedOn">The day the bill was issued (the debt position published).</param>
/// <param name="DueOn">The last day to pay.</param>
/// <param name="PaidOn">The day it was paid; null while unpaid.</param>
public sealed record CanteenBill(
    string Iupd,
    string EnrolmentId,
    string PupilFiscalCode,
    string PayerFiscalCode,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int Meals,
    long MealFeeCents,
    DateOnly IssuedOn,
    DateOnly DueOn,
    DateOnly? PaidOn)
{
    /// <summary>The amount: meals times the fee per meal, in cents.</summary>
    public long AmountCents => Meals * MealFeeCents;
}
