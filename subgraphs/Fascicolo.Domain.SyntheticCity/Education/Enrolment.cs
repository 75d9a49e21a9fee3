namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>A child's enrolment (iscrizione) in a school for one school year.</summary>
/// <param name="Id">The key, e.g. <c>ENR-2025-0000042</c>.</param>
/// <param name="SchoolYear">The school year.</param>
/// <param name="PupilFiscalCode">The child.</param>
/// <param name="SchoolCode">The school; see <see cref="School.Code"/>.</param>
/// <param name="Order">The school's order, for convenience.</param>
/// <param name="ClassYear">The class year (1–5 in primary, 1–3 in lower secondary); null in a nursery or preschool.</param>
/// <param name="Section">The section letter (e.g. <c>B</c>), or a nursery's age group (<c>Lattanti</c>, <c>Semidivezzi</c>, <c>Divezzi</c>).</param>
/// <param name="ClassName">The class as families say it: <c>3B</c>, <c>Sezione B</c>, <c>Divezzi</c>.</param>
/// <param name="EnrolledOn">The day the enrolment was made (the online application, or the automatic renewal).</param>
/// <param name="Services">The services the child uses.</param>
/// <param name="Canteen">The canteen fee, attendance and bills; null when the child does not use it.</param>
/// <param name="Diets">Special diets served at the canteen.</param>
/// <param name="BookVoucher">The textbook voucher of a primary pupil resident in the Comune; null otherwise.</param>
public sealed record Enrolment(
    string Id,
    SchoolYear SchoolYear,
    string PupilFiscalCode,
    string SchoolCode,
    SchoolOrder Order,
    int? ClassYear,
    string Section,
    string ClassName,
    DateOnly EnrolledOn,
    IReadOnlyList<SchoolService> Services,
    CanteenEnrolment? Canteen,
    IReadOnlyList<SpecialDiet> Diets,
    BookVoucher? BookVoucher);
