using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>Special diets by enrolment, medical first, a batch at a time.</summary>
internal static class SpecialDietsByEnrolment
{
    private const string Sql = $"""
        select {SpecialDietRecord.Columns}
        from special_diet d
        join enrolment e on e.id = d.enrolment_id
        where d.enrolment_id = any(@keys)
        order by d.enrolment_id, d.kind, d.code
        """;

    /// <summary>The loader of <c>Enrolment.specialDiets</c>.</summary>
    public static readonly BatchLoader<string, SpecialDietRecord> Loader = KeyedQuery.Loader(Sql, SpecialDietRecord.Read, d => d.EnrolmentId);
}
