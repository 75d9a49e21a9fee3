using Fascicolo.Domain.Taxes;
using Fascicolo.Domain.Taxes.Assessments;
using Npgsql;

namespace Fascicolo.Subgraphs.Taxes.Data;

/// <summary>An assessment (avviso di accertamento) as notified.</summary>
/// <param name="Id">The id, e.g. <c>AVV-TARI-2024-0000001</c>.</param>
/// <param name="Iupd">The pagoPA debt position it is paid through.</param>
/// <param name="FiscalCode">The taxpayer.</param>
/// <param name="Tax">The tax assessed.</param>
/// <param name="Year">The tax year assessed.</param>
/// <param name="Reason">Why it was issued.</param>
/// <param name="NotifiedOn">The day it was notified.</param>
/// <param name="DueOn">The last day to pay it.</param>
/// <param name="TaxDueCents">The year's tax.</param>
/// <param name="TaxPaidCents">What had been paid of it before notification.</param>
/// <param name="UnpaidTaxCents">The tax it claims.</param>
/// <param name="SanctionCents">The sanctions.</param>
/// <param name="InterestCents">The interest.</param>
/// <param name="TotalCents">Tax, sanctions and interest.</param>
/// <param name="PaidOn">The day it was paid, or null.</param>
internal sealed record TaxAssessmentRecord(
    string Id,
    string Iupd,
    string FiscalCode,
    TaxKind Tax,
    int Year,
    TaxAssessmentReason Reason,
    DateOnly NotifiedOn,
    DateOnly DueOn,
    long TaxDueCents,
    long TaxPaidCents,
    long UnpaidTaxCents,
    long SanctionCents,
    long InterestCents,
    long TotalCents,
    DateOnly? PaidOn)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>tax_assessment a</c>.</summary>
    public const string Columns =
        "a.id, a.iupd, a.fiscal_code, a.tax, a.year, a.reason, a.notified_on, a.due_on, a.tax_due_cents, a.tax_paid_cents, " +
        "a.unpaid_tax_cents, a.sanction_cents, a.interest_cents, a.total_cents, a.paid_on";

    /// <summary>Where it stands on <paramref name="today"/>.</summary>
    public TaxAssessmentStatus StatusOn(DateOnly today) =>
        PaidOn is not null ? TaxAssessmentStatus.Paid
        : today > DueOn ? TaxAssessmentStatus.Overdue
        : TaxAssessmentStatus.Open;

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static TaxAssessmentRecord Read(NpgsqlDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetString(2),
        (TaxKind)r.GetInt16(3),
        r.GetInt16(4),
        (TaxAssessmentReason)r.GetInt16(5),
        r.GetFieldValue<DateOnly>(6),
        r.GetFieldValue<DateOnly>(7),
        r.GetInt64(8),
        r.GetInt64(9),
        r.GetInt64(10),
        r.GetInt64(11),
        r.GetInt64(12),
        r.GetInt64(13),
        r.GetNullableDate(14));
}
