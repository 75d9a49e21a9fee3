namespace Fascicolo.Domain.SyntheticCity.Education;

/// <summary>The generated education facet with its indexes.</summary>
internal sealed class EducationRegister
{
    public EducationRegister(IReadOnlyList<School> schools, IReadOnlyList<Enrolment> enrolments)
    {
        Schools = schools;
        Enrolments = enrolments;
        SchoolsByCode = schools.ToDictionary(s => s.Code, StringComparer.Ordinal);
        EnrolmentsByPupil = enrolments
            .GroupBy(e => e.PupilFiscalCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Enrolment>)[.. g], StringComparer.Ordinal);
        Bills = [.. enrolments.SelectMany(e => e.Canteen?.Bills ?? [])];
    }

    public IReadOnlyList<School> Schools { get; }

    public IReadOnlyList<Enrolment> Enrolments { get; }

    public Dictionary<string, School> SchoolsByCode { get; }

    public Dictionary<string, IReadOnlyList<Enrolment>> EnrolmentsByPupil { get; }

    public IReadOnlyList<CanteenBill> Bills { get; }
}
