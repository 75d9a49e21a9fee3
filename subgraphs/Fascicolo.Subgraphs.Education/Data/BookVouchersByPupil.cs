using Fascicolo.Subgraphs.Kit;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>Textbook vouchers by the pupil's fiscal code, newest school year first, a batch at a time.</summary>
internal static class BookVouchersByPupil
{
    private const string Sql = $"""
        select {BookVoucherRecord.Columns}
        from book_voucher v
        where v.pupil_fiscal_code = any(@keys)
        order by v.pupil_fiscal_code, v.school_year desc
        """;

    /// <summary>The loader of <c>Citizen.bookVouchers</c>.</summary>
    public static readonly BatchLoader<string, BookVoucherRecord> Loader = KeyedQuery.Loader(Sql, BookVoucherRecord.Read, v => v.PupilFiscalCode);
}
