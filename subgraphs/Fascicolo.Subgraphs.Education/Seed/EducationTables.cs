using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Education;
using Fascicolo.Subgraphs.Kit;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Education.Seed;

/// <summary>The education slice of the synthetic city, as the tables it is copied into.</summary>
internal static class EducationTables
{
    /// <summary>Every table the seeder writes, in an order that satisfies the foreign keys.</summary>
    public static readonly IReadOnlyList<string> Names = ["school", "enrolment", "canteen_month", "canteen_bill", "special_diet", "book_voucher"];

    /// <summary>The tables with their rows, in <see cref="Names"/> order.</summary>
    public static IReadOnlyList<CopyTable> From(City city)
    {
        var enrolments = city.Enrolments();
        var canteens = enrolments.Where(e => e.Canteen is not null).ToList();
        var months = canteens.SelectMany(e => e.Canteen!.Months, (e, m) => (e.Id, Month: m)).ToList();
        var diets = enrolments.SelectMany(e => e.Diets, (e, d) => (e.Id, Diet: d)).ToList();
        var vouchers = enrolments.Select(e => e.BookVoucher).OfType<BookVoucher>().ToList();

        return
        [
            new CopyTable<School>(
                "school", "code, name, school_order, management, institute_code, institute_name, municipality_code, municipio, building_id", city.Schools(),
                async (row, s, ct) =>
                {
                    await row.WriteAsync(s.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(s.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)s.Order, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)s.Management, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(s.Institute?.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(s.Institute?.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(s.MunicipalityCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short?)s.Municipio, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(s.BuildingId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<Enrolment>(
                "enrolment",
                "id, school_year, pupil_fiscal_code, school_code, school_order, class_year, section, class_name, enrolled_on, services, " +
                "canteen_band, canteen_isee_protocol, canteen_sibling_ordinal, canteen_meal_fee_cents, canteen_payer_fiscal_code",
                enrolments,
                async (row, e, ct) =>
                {
                    await row.WriteAsync(e.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)e.SchoolYear.StartYear, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.PupilFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.SchoolCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)e.Order, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short?)e.ClassYear, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.Section, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.ClassName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.EnrolledOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.Services.Select(s => (short)s).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.Canteen?.Band.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.Canteen?.IseeProtocol, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short?)e.Canteen?.SiblingOrdinal, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.Canteen?.MealFeeCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.Canteen?.PayerFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string EnrolmentId, CanteenAttendanceMonth Month)>(
                "canteen_month", "enrolment_id, month, service_days, absences", months,
                async (row, m, ct) =>
                {
                    await row.WriteAsync(m.EnrolmentId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(m.Month.Month, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)m.Month.ServiceDays.Count, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(m.Month.Absences.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Date, ct).ConfigureAwait(false);
                }),
            new CopyTable<CanteenBill>(
                "canteen_bill",
                "iupd, enrolment_id, pupil_fiscal_code, payer_fiscal_code, period_start, period_end, meals, meal_fee_cents, amount_cents, issued_on, due_on, paid_on",
                city.CanteenBills(),
                async (row, b, ct) =>
                {
                    await row.WriteAsync(b.Iupd, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.EnrolmentId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.PupilFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.PayerFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.PeriodStart, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.PeriodEnd, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.Meals, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.MealFeeCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.AmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.IssuedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.DueOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.PaidOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string EnrolmentId, SpecialDiet Diet)>(
                "special_diet",
                "enrolment_id, code, kind, description, starts_on, certificate_number, certificate_issued_by, certificate_physician, certificate_issued_on, certificate_valid_until",
                diets,
                async (row, d, ct) =>
                {
                    var certificate = d.Diet.Certificate;
                    await row.WriteAsync(d.EnrolmentId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Diet.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)d.Diet.Kind, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Diet.Description, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Diet.StartsOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(certificate?.Number, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(certificate?.IssuedBy, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(certificate?.Physician, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(certificate?.IssuedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(certificate?.ValidUntil, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                }),
            new CopyTable<BookVoucher>(
                "book_voucher",
                "number, enrolment_id, pupil_fiscal_code, school_year, class_year, book_titles, book_prices_cents, amount_cents, issued_on, redeemed_on, bookshop",
                vouchers,
                async (row, v, ct) =>
                {
                    await row.WriteAsync(v.Number, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(v.EnrolmentId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(v.PupilFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)v.SchoolYear.StartYear, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)v.ClassYear, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(v.Items.Select(i => i.Title).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(v.Items.Select(i => i.PriceCents).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(v.AmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(v.IssuedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(v.RedeemedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(v.Bookshop, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
        ];
    }
}
