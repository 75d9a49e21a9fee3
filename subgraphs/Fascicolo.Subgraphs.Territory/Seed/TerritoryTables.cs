using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Domain.SyntheticCity.Properties;
using Fascicolo.Domain.SyntheticCity.Territory;
using Fascicolo.Subgraphs.Kit;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Territory.Seed;

/// <summary>The territory's slice of the synthetic city, as the tables it is copied into.</summary>
internal static class TerritoryTables
{
    /// <summary>Every table the seeder writes, in an order that satisfies the foreign keys.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "alert_zone", "municipality", "flood_red_zone", "building", "cadastral_unit", "cadastral_ownership",
        "condominium", "energy_certificate", "civil_protection_alert",
    ];

    /// <summary>
    /// The tables whose keys and indexes the seeder drops and rebuilds: the copied ones and the
    /// (empty) red-zone registrations, whose foreign keys hang on the buildings' key.
    /// </summary>
    public static readonly IReadOnlyList<string> WithDeferredConstraints = [.. Names, "red_zone_registration", "red_zone_contact"];

    /// <summary>The tables with their rows, in <see cref="Names"/> order.</summary>
    public static IReadOnlyList<CopyTable> From(City city)
    {
        var municipioNames = city.Municipalities
            .SelectMany(m => m.Municipi, (m, d) => (m.BelfioreCode, d.Number, d.Name))
            .ToDictionary(d => (d.BelfioreCode, d.Number), d => d.Name);
        var units = city.CadastralUnits();
        var ownerships = units.SelectMany(u => u.Owners, (u, o) => (UnitId: u.Id, Ownership: o)).ToList();

        return
        [
            new CopyTable<AlertZone>(
                "alert_zone", "code, name, description", AlertZones.All,
                async (row, z, ct) =>
                {
                    await row.WriteAsync(z.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(z.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(z.Description, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<Municipality>(
                "municipality", "belfiore_code, istat_code, name, province, alert_zone_code", city.Municipalities,
                async (row, m, ct) =>
                {
                    await row.WriteAsync(m.BelfioreCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(m.IstatCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(m.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(m.Province, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(AlertZones.ZoneOf(m.BelfioreCode).Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<FloodRedZone>(
                "flood_red_zone", "id, name, watercourse, municipality_code, municipio", city.FloodRedZones(),
                async (row, z, ct) =>
                {
                    await row.WriteAsync(z.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(z.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(z.Watercourse, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(z.MunicipalityCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short?)z.Municipio, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                }),
            new CopyTable<Building>(
                "building",
                "id, municipality_code, municipio, municipio_name, street, house_number, postal_code, latitude, longitude, construction_year, use, flood_red_zone_id",
                city.Buildings,
                async (row, b, ct) =>
                {
                    await row.WriteAsync(b.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.MunicipalityCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short?)b.Municipio, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.Municipio is { } number ? municipioNames[(b.MunicipalityCode, number)] : null, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.Street, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.HouseNumber, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.PostalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.Latitude, NpgsqlDbType.Double, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.Longitude, NpgsqlDbType.Double, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)b.ConstructionYear, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)b.Use, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(city.FloodRedZoneOf(b.Id)?.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<CadastralUnit>(
                "cadastral_unit",
                "id, building_id, dwelling_id, appurtenant_to_id, sheet, parcel, sub_unit, category, cadastral_income_cents, surface_square_metres",
                units,
                async (row, u, ct) =>
                {
                    await row.WriteAsync(u.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(u.BuildingId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(u.DwellingId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(u.AppurtenantToId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(u.Sheet, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync(u.Parcel, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync(u.SubUnit, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync(u.Category, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(u.CadastralIncomeCents, NpgsqlDbType.Bigint, ct).ConfigureAwait(false);
                    await row.WriteAsync(u.SurfaceSquareMetres, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string UnitId, CadastralOwnership Ownership)>(
                "cadastral_ownership", "cadastral_unit_id, owner_fiscal_code, share_numerator, share_denominator, since", ownerships,
                async (row, o, ct) =>
                {
                    await row.WriteAsync(o.UnitId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.Ownership.OwnerFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.Ownership.ShareNumerator, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.Ownership.ShareDenominator, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync(o.Ownership.Since, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                }),
            new CopyTable<Condominium>(
                "condominium",
                "id, building_id, name, fiscal_code, dwelling_count, administrator_kind, administrator_name, administrator_fiscal_code, administrator_since",
                city.Condominiums(),
                async (row, c, ct) =>
                {
                    await row.WriteAsync(c.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.BuildingId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.DwellingCount, NpgsqlDbType.Integer, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)c.Administrator.Kind, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.Administrator.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.Administrator.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(c.Administrator.Since, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                }),
            new CopyTable<EnergyCertificate>(
                "energy_certificate",
                "code, cadastral_unit_id, building_id, issued_on, expires_on, ep_gl_nren, reference_ep_gl_nren, energy_class, purpose, certifier_fiscal_code, certifier_name",
                city.EnergyCertificates(),
                async (row, e, ct) =>
                {
                    await row.WriteAsync(e.Code, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.CadastralUnitId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.BuildingId, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.IssuedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.ExpiresOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.EpGlNren, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.ReferenceEpGlNren, NpgsqlDbType.Numeric, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)e.Class, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)e.Purpose, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.CertifierFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(e.CertifierName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<CivilProtectionAlert>(
                "civil_protection_alert", "id, zone_code, type, colour, phase, issued_at, valid_from, valid_to", city.CivilProtectionAlerts(),
                async (row, a, ct) =>
                {
                    await row.WriteAsync(a.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.ZoneCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)a.Type, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)a.Colour, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)a.Phase, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.IssuedAt, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.ValidFrom, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                    await row.WriteAsync(a.ValidTo, NpgsqlDbType.TimestampTz, ct).ConfigureAwait(false);
                }),
        ];
    }
}
