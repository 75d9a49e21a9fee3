namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>
/// A cedola libraria: the voucher with which the Comune of residence pays a primary pupil's
/// textbooks; the family hands it to a bookshop, which is then paid by the Comune.
/// </summary>
/// <param name="Number">The voucher number, e.g. <c>CL-2025-0000042</c>.</param>
/// <param name="EnrolmentId">The primary-school enrolment it belongs to.</param>
/// <param name="PupilFiscalCode">The pupil.</param>
/// <param name="SchoolYear">The school year.</param>
/// <param name="ClassYear">The class year (1–5) whose books it pays for.</param>
/// <param name="Items">The books, at their cover prices.</param>
/// <param name="IssuedOn">The day the Comune issued it.</param>
/// <param name="RedeemedOn">The day a bookshop redeemed it; null while unused.</param>
/// <param name="Bookshop">The bookshop that redeemed it; null while unused.</param>
public sealed record BookVoucher(
    string Number,
    string EnrolmentId,
    string PupilFiscalCode,
    SchoolYear SchoolYear,
    int ClassYear,
    IReadOnlyList<BookVoucherItem> Items,
    DateOnly IssuedOn,
    DateOnly? RedeemedOn,
    string? Bookshop)
{
    /// <summary>The voucher's value: the sum of its books' prices, in cents.</summary>
    public long AmountCents => Items.Sum(i => i.PriceCents);
}
