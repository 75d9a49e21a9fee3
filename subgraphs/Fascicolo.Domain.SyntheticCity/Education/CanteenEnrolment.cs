namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A child's use of the canteen in one school year: the fee, the attendance and the bills.</summary>
/// <param name="Band">The tariff band, from the household's ISEE (see <see cref="CanteenTariff.IseeAssessmentDate"/>); the top band without one.</param>
/// <param name="IseeProtocol">The DSU protocol of the ISEE attestation the band comes from; null without one.</param>
/// <param name="SiblingOrdinal">The child's place among the household's canteen users of the year, eldest first.</param>
/// <param name="MealFeeCents">The fee per meal after the sibling discount, in cents.</param>
/// <param name="PayerFiscalCode">Who is billed: the head of the child's household.</param>
/// <param name="Months">The attendance of each month served so far.</param>
/// <param name="Bills">The bills issued so far, oldest first.</param>
public sealed record CanteenEnrolment(
    CanteenFeeBand Band,
    string? IseeProtocol,
    int SiblingOrdinal,
    long MealFeeCents,
    string PayerFiscalCode,
    IReadOnlyList<CanteenAttendanceMonth> Months,
    IReadOnlyList<CanteenBill> Bills)
{
    /// <summary>The sibling discount applied, in percent.</summary>
    public int SiblingDiscountPercent => CanteenTariff.SiblingDiscountPercent(SiblingOrdinal);
}
