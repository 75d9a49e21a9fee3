using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>Textbook vouchers by enrolment (at most one each), a batch at a time.</summary>
internal static class BookVouchersByEnrolment
{
    private const string Sql = $"""
        select {BookVoucherRecord.Columns}
        from book_voucher v
        where v.enrolment_id = any(@keys)
        """;

    /// <summary>The loader of <c>Enrolment.bookVoucher</c>.</summary>
    public static readonly BatchLoader<string, BookVoucherRecord> Loader = KeyedQuery.Loader(Sql, BookVoucherRecord.Read, v => v.EnrolmentId);
}
