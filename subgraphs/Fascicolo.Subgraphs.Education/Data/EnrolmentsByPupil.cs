using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>Children's enrolments by the child's fiscal code, a batch at a time.</summary>
internal static class EnrolmentsByPupil
{
    // The newest school year first: a parent looks at this year before last year.
    private const string Sql = $"""
        select {EnrolmentRecord.Columns}
        from enrolment e
        where e.pupil_fiscal_code = any(@keys)
        order by e.pupil_fiscal_code, e.school_year desc
        """;

    /// <summary>The loader of <c>Citizen.enrolments</c>.</summary>
    public static readonly BatchLoader<string, EnrolmentRecord> Loader = KeyedQuery.Loader(Sql, EnrolmentRecord.Read, e => e.PupilFiscalCode);
}
