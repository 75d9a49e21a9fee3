using Fascicolo.Domain.SyntheticCity.Education;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>The canteen columns of an enrolment: what the child pays per meal, and why.</summary>
/// <param name="EnrolmentId">The enrolment.</param>
/// <param name="Order">The school's order, which sets the canteen's days.</param>
/// <param name="Band">The ISEE band.</param>
/// <param name="IseeProtocol">The DSU protocol of the ISEE the band comes from; null without one (top band).</param>
/// <param name="SiblingOrdinal">The child's place among the household's canteen users, eldest first.</param>
/// <param name="MealFeeCents">The fee per meal after the sibling discount.</param>
/// <param name="PayerFiscalCode">Who is billed.</param>
/// <param name="PupilFiscalCode">The child: with the payer, whose data the canteen record is.</param>
internal sealed record CanteenFeeRecord(
    string EnrolmentId,
    SchoolOrder Order,
    CanteenFeeBand Band,
    string? IseeProtocol,
    int SiblingOrdinal,
    long MealFeeCents,
    string PayerFiscalCode,
    string PupilFiscalCode);
