using Npgsql;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>A row of <c>canteen_bill</c>.</summary>
/// <param name="Iupd">The debt position (owned by the payments subgraph).</param>
/// <param name="EnrolmentId">The enrolment billed.</param>
/// <param name="PupilFiscalCode">The child who ate the meals.</param>
/// <param name="PayerFiscalCode">Who is billed.</param>
/// <param name="PeriodStart">The first day of the period.</param>
/// <param name="PeriodEnd">The last day of the period.</param>
/// <param name="Meals">The meals eaten.</param>
/// <param name="MealFeeCents">The fee per meal.</param>
/// <param name="AmountCents">Meals times the fee per meal.</param>
/// <param name="IssuedOn">The day it was issued.</param>
/// <param name="DueOn">The last day to pay.</param>
/// <param name="PaidOn">The day it was paid; null while unpaid.</param>
internal sealed record CanteenBillRecord(
    string Iupd,
    string EnrolmentId,
    string PupilFiscalCode,
    string PayerFiscalCode,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int Meals,
    long MealFeeCents,
    long AmountCents,
    DateOnly IssuedOn,
    DateOnly DueOn,
    DateOnly? PaidOn)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>canteen_bill b</c>.</summary>
    public const string Columns = """
        b.iupd, b.enrolment_id, b.pupil_fiscal_code, b.payer_fiscal_code, b.period_start, b.period_end,
        b.meals, b.meal_fee_cents, b.amount_cents, b.issued_on, b.due_on, b.paid_on
        """;

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static CanteenBillRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetDate(4),
        reader.GetDate(5),
        reader.GetInt32(6),
        reader.GetInt64(7),
        reader.GetInt64(8),
        reader.GetDate(9),
        reader.GetDate(10),
        reader.GetNullableDate(11));
}
