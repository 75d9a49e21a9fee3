using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>Canteen bills by enrolment, oldest period first, a batch at a time.</summary>
internal static class CanteenBillsByEnrolment
{
    private const string Sql = $"""
        select {CanteenBillRecord.Columns}
        from canteen_bill b
        where b.enrolment_id = any(@keys)
        order by b.enrolment_id, b.period_start
        """;

    /// <summary>The loader of <c>CanteenEnrolment.bills</c>.</summary>
    public static readonly BatchLoader<string, CanteenBillRecord> Loader = KeyedQuery.Loader(Sql, CanteenBillRecord.Read, b => b.EnrolmentId);
}
