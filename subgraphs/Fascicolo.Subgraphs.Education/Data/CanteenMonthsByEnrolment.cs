using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>Canteen attendance months by enrolment, a batch at a time.</summary>
internal static class CanteenMonthsByEnrolment
{
    private const string Sql = """
        select m.enrolment_id, m.month, m.service_days, m.absences
        from canteen_month m
        where m.enrolment_id = any(@keys)
        order by m.enrolment_id, m.month
        """;

    /// <summary>The loader of <c>CanteenEnrolment.attendance</c>.</summary>
    public static readonly BatchLoader<string, CanteenMonthRecord> Loader = KeyedQuery.Loader(Sql, CanteenMonthRecord.Read, m => m.EnrolmentId);
}
