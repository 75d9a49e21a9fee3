using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Taxes;
using Fascicolo.Domain.Taxes.Assessments;
using Fascicolo.Subgraphs.Kit;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Taxes.Seed;

/// <summary>The taxes slice of the synthetic city, as the tables it is copied into.</summary>
internal static class TaxesTables
{
    /// <summary>Every table the seeder writes, in an order that satisfies the foreign keys.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["tax_year", "imu_holding", "tari_occupancy", "tax_payment", "tax_assessment", "tax_assessment_item", "tax_refund"];

    /// <summary>The tables with their rows, in <see cref="Names"/> order.</summary>
    /// <param name="city">The city.</param>
    /// <param name="payments">The city's payments, already computed (the largest table).</param>
    public static IReadOnlyList<CopyTable> From(City city, IReadOnlyList<TaxpayerPayment> payments)
    {
        var holdings = city.ImuHoldings().ToList();
        var occupancies = city.TariOccupancies().ToList();
        var assessments = city.TaxAssessments();
        var items = assessments.SelectMany(a => a.Amounts.Items, (a, item) => (a.Id, Item: item)).ToList();
        var refunds = city.TaxRefunds();
        return
        [
            new CopyTable<CityTaxYear>(
                "tax_year",
                "year, imu_ordinary_per_mille, imu_main_home_per_mille, imu_main_home_deduction_cents, imu_agreed_rent_per_mille, " +
                "imu_group_d_per_mille, imu_group_d_state_per_mille, tari_fixed_cents_per_sqm, tari_variable_cents, tari_ka, tari_kb, legal_interest_percent",
                city.TaxYears(),
                city.TaxYears().Count,
                async (row, y, ct) =>
                {
                    await row.WriteAsync((short)y.Year, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.Imu.OrdinaryPerMille, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.Imu.MainHomePerMille, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.Imu.MainHomeDeductionCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.Imu.AgreedRentPerMille, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.Imu.GroupDPerMille, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.Imu.GroupDStatePerMille, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.Tari.FixedCentsPerSquareMetre, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.Tari.VariableCentsPerHousehold, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.Tari.Ka.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.Tari.Kb.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(y.LegalInterestPercent, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                }),
            new CopyTable<TaxpayerHolding>(
                "imu_holding",
                "fiscal_code, unit_id, category, cadastral_income_cents, share_numerator, share_denominator, since, until, use, resident_owners",
                holdings,
                holdings.Count,
                async (row, h, ct) =>
                {
                    await row.WriteAsync(h.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(h.Holding.UnitId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(h.Holding.Category.ToString(), NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(h.Holding.CadastralIncomeCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)h.Holding.ShareNumerator, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)h.Holding.ShareDenominator, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(h.Holding.Since, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(h.Holding.Until, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)h.Holding.Use, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)h.Holding.ResidentOwners, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                }),
            new CopyTable<TariOccupancy>(
                "tari_occupancy",
                "fiscal_code, from_year, to_year, dwelling_id, unit_id, surface_sqm, occupants",
                occupancies,
                occupancies.Count,
                async (row, o, ct) =>
                {
                    await row.WriteAsync(o.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)o.FromYear, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)o.ToYear, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.DwellingId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.CadastralUnitId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.SurfaceSquareMetres, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)o.Occupants, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                }),
            new CopyTable<TaxpayerPayment>(
                "tax_payment",
                "fiscal_code, tax, year, instalment, amount_cents, paid_on, channel",
                payments,
                payments.Count,
                async (row, p, ct) =>
                {
                    await row.WriteAsync(p.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)p.Payment.Tax, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)p.Payment.Year, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)p.Payment.Instalment, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.Payment.AmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(p.Payment.PaidOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)p.Payment.Channel, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                }),
            new CopyTable<CityTaxAssessment>(
                "tax_assessment",
                "id, iupd, fiscal_code, tax, year, reason, notified_on, due_on, tax_due_cents, tax_paid_cents, unpaid_tax_cents, sanction_cents, interest_cents, total_cents, paid_on",
                assessments,
                assessments.Count,
                async (row, a, ct) =>
                {
                    await row.WriteAsync(a.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.Iupd, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)a.Tax, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)a.Year, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)a.Amounts.Reason, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.Amounts.NotifiedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.Amounts.DueDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.Amounts.TaxDueCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.Amounts.TaxPaidCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.Amounts.UnpaidTaxCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.Amounts.SanctionCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.Amounts.InterestCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.Amounts.TotalCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.PaidOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string Id, AssessedInstalment Item)>(
                "tax_assessment_item",
                "assessment_id, instalment, instalment_count, due_on, amount_cents, paid_on_time_cents, paid_late_cents, unpaid_cents, sanction_cents, interest_cents",
                items,
                items.Count,
                async (row, i, ct) =>
                {
                    await row.WriteAsync(i.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)i.Item.Instalment.Number, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)i.Item.Instalment.Count, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(i.Item.Instalment.DueDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(i.Item.Instalment.AmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(i.Item.PaidOnTimeCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(i.Item.PaidLateCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(i.Item.UnpaidCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(i.Item.SanctionCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(i.Item.InterestCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                }),
            new CopyTable<CityTaxRefund>(
                "tax_refund",
                "id, fiscal_code, tax, year, amount_cents, requested_on, paid_on",
                refunds,
                refunds.Count,
                async (row, r, ct) =>
                {
                    await row.WriteAsync(r.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)r.Tax, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)r.Year, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.AmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.RequestedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.PaidOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                }),
        ];
    }
}
