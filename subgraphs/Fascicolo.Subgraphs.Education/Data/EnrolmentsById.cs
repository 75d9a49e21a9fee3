using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>Enrolments by id, a batch at a time.</summary>
internal static class EnrolmentsById
{
    private const string Sql = $"""
        select {EnrolmentRecord.Columns}
        from enrolment e
        where e.id = any(@keys)
        """;

    /// <summary>The loader every field resolving an enrolment by id shares; unknown ids have no row.</summary>
    public static readonly BatchLoader<string, EnrolmentRecord> Loader = KeyedQuery.Loader(Sql, EnrolmentRecord.Read, e => e.Id);
}
