using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Mobility;
using Fascicolo.Subgraphs.Kit;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Mobility.Seed;

/// <summary>The mobility slice of the synthetic city, as the tables it is copied into (in foreign-key order).</summary>
internal static class MobilityTables
{
    /// <summary>Every table of the slice besides the timetable's.</summary>
    public static readonly IReadOnlyList<string> Names = ["vehicle", "vehicle_tax", "traffic_fine", "ztl_permit", "traffic_news"];

    /// <summary>The tables with their rows.</summary>
    public static IReadOnlyList<CopyTable> From(City city) =>
    [
        new CopyTable<Vehicle>(
            "vehicle",
            "plate, owner_fiscal_code, make, model, fuel, emission_class, power_kw, registration_date, insurer, insurance_expires_on, last_inspected_on, inspection_due_on",
            city.Vehicles(),
            async (row, v, ct) =>
            {
                await row.WriteAsync(v.Plate, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(v.OwnerFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(v.Make, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(v.Model, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync((short)v.Fuel, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                await row.WriteAsync((short)v.EmissionClass, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                await row.WriteAsync(v.PowerKw, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                await row.WriteAsync(v.RegistrationDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await row.WriteAsync(v.Insurance.Insurer, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(v.Insurance.ExpiresOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await row.WriteAsync(v.LastInspectedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await row.WriteAsync(v.InspectionDueOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
            }),
        new CopyTable<VehicleTaxPeriod>(
            "vehicle_tax", "plate, period_start, due_date, amount_cents, basis, paid_on, iupd", city.VehicleTaxPeriods(),
            async (row, t, ct) =>
            {
                await row.WriteAsync(t.Plate, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(t.PeriodStart, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await row.WriteAsync(t.DueDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await row.WriteAsync(t.Assessment.AmountCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                await row.WriteAsync((short)t.Assessment.Basis, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                await row.WriteAsync(t.PaidOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await row.WriteAsync(t.Iupd, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            }),
        new CopyTable<TrafficFine>(
            "traffic_fine",
            "number, plate, debtor_fiscal_code, committed_at, place, article, paragraph, violation, licence_points, sanction_cents, expenses_cents, full_cents, reduced_cents, notified_on, paid_on, paid_cents, iupd",
            city.TrafficFines(),
            async (row, f, ct) =>
            {
                await row.WriteAsync(f.Number, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(f.Plate, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(f.DebtorFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(MobilityClock.FromItalianTime(f.CommittedAt).UtcDateTime, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                await row.WriteAsync(f.Place, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(f.Violation.Article, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(f.Violation.Paragraph, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(f.Violation.Description, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync((short)f.Violation.LicencePoints, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                await row.WriteAsync(f.Violation.MinimumCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                await row.WriteAsync(f.ExpensesCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                await row.WriteAsync(f.FullCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                await row.WriteAsync(f.ReducedCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                await row.WriteAsync(f.NotifiedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await row.WriteAsync(f.PaidOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await row.WriteAsync(f.PaidCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                await row.WriteAsync(f.Iupd, NpgsqlDbType.Text, ct).ConfigureAwait(false);
            }),
        new CopyTable<ZtlPermit>(
            "ztl_permit", "number, zone, kind, plate, holder_fiscal_code, valid_from, valid_until", city.ZtlPermits(),
            async (row, p, ct) =>
            {
                await row.WriteAsync(p.Number, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync((short)p.Zone, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                await row.WriteAsync((short)p.Kind, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                await row.WriteAsync(p.Plate, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(p.HolderFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(p.ValidFrom, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                await row.WriteAsync(p.ValidUntil, NpgsqlDbType.Date, ct).ConfigureAwait(false);
            }),
        new CopyTable<TrafficNewsItem>(
            "traffic_news", "id, kind, title, description, street, municipio, latitude, longitude, valid_from, valid_until", city.TrafficNews(),
            async (row, n, ct) =>
            {
                await row.WriteAsync(n.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync((short)n.Kind, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                await row.WriteAsync(n.Title, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(n.Description, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync(n.Street, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                await row.WriteAsync((short?)n.Municipio, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                await row.WriteAsync(n.Latitude, NpgsqlDbType.Double, ct).ConfigureAwait(false);
                await row.WriteAsync(n.Longitude, NpgsqlDbType.Double, ct).ConfigureAwait(false);
                await row.WriteAsync(MobilityClock.FromItalianTime(n.ValidFrom).UtcDateTime, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                await row.WriteAsync(n.ValidUntil is { } until ? MobilityClock.FromItalianTime(until).UtcDateTime : (DateTime?)null, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
            }),
    ];
}
