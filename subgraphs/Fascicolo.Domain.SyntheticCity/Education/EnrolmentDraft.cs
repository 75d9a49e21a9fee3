using Fascicolo.Domain.SyntheticCity.Randomness;

namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>An enrolment while the facet is being built: placed first, then given its canteen, diets and voucher.</summary>
internal sealed class EnrolmentDraft
{
    public required Resident Pupil { get; init; }

    public required SchoolArea Area { get; init; }

    public required SchoolYear Year { get; init; }

    public required School School { get; init; }

    public required PupilProfile Profile { get; init; }

    /// <summary>The child's stream for this school year: the enrolment's own draws derive from it.</summary>
    public required StreamKey Stream { get; init; }

    public required int? ClassYear { get; init; }

    public required string Section { get; init; }

    public required string ClassName { get; init; }

    public required DateOnly EnrolledOn { get; init; }

    public required List<SchoolService> Services { get; init; }

    public string Id { get; set; } = string.Empty;

    public CanteenEnrolment? Canteen { get; set; }

    public IReadOnlyList<SpecialDiet> Diets { get; set; } = [];

    public BookVoucher? BookVoucher { get; set; }

    public bool UsesCanteen => Services.Contains(SchoolService.Canteen);

    public Enrolment Freeze() => new(
        Id, Year, Pupil.FiscalCode, School.Code, School.Order, ClassYear, Section, ClassName, EnrolledOn, [.. Services], Canteen, Diets, BookVoucher);
}
