using Fascicolo.Domain.SyntheticCity.Education;
using Npgsql;

namespace Fascicolo.Subgraphs.Education.Data;

/// <summary>A row of <c>book_voucher</c>.</summary>
/// <param name="Number">The voucher number.</param>
/// <param name="EnrolmentId">The primary-school enrolment.</param>
/// <param name="PupilFiscalCode">The pupil.</param>
/// <param name="SchoolYear">The school year.</param>
/// <param name="ClassYear">The class year whose books it pays.</param>
/// <param name="Items">The books with their cover prices.</param>
/// <param name="AmountCents">The voucher's value.</param>
/// <param name="IssuedOn">The day it was issued.</param>
/// <param name="RedeemedOn">The day a bookshop redeemed it; null while unused.</param>
/// <param name="Bookshop">The bookshop that redeemed it; null while unused.</param>
internal sealed record BookVoucherRecord(
    string Number,
    string EnrolmentId,
    string PupilFiscalCode,
    SchoolYear SchoolYear,
    int ClassYear,
    IReadOnlyList<BookVoucherItem> Items,
    long AmountCents,
    DateOnly IssuedOn,
    DateOnly? RedeemedOn,
    string? Bookshop)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>book_voucher v</c>.</summary>
    public const string Columns = """
        v.number, v.enrolment_id, v.pupil_fiscal_code, v.school_year, v.class_year, v.book_titles, v.book_prices_cents,
        v.amount_cents, v.issued_on, v.redeemed_on, v.bookshop
        """;

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static BookVoucherRecord Read(NpgsqlDataReader reader)
    {
        var titles = reader.GetFieldValue<string[]>(5);
        var prices = reader.GetFieldValue<long[]>(6);
        return new BookVoucherRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            new SchoolYear(reader.GetInt16(3)),
            reader.GetInt16(4),
            [.. titles.Zip(prices, (title, price) => new BookVoucherItem(title, price))],
            reader.GetInt64(7),
            reader.GetDate(8),
            reader.GetNullableDate(9),
            reader.GetNullableString(10));
    }
}
