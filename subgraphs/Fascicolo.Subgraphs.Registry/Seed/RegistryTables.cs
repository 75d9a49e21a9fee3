using Fascicolo.Domain.FiscalCodes;
using Fascicolo.Domain.SyntheticCity;
using Fascicolo.Subgraphs.Kit;
using Fascicolo.Subgraphs.Registry.Data;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Registry.Seed;

/// <summary>The registry's slice of the synthetic city, as the tables it is copied into.</summary>
internal static class RegistryTables
{
    /// <summary>Every table the seeder writes, in an order that satisfies the foreign keys.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["municipality", "address", "citizen", "residence", "household", "household_member", "identity_document"];

    /// <summary>The tables with their rows, in <see cref="Names"/> order.</summary>
    public static IReadOnlyList<CopyTable> From(City city)
    {
        var households = city.Households.ToDictionary(h => h.Id, StringComparer.Ordinal);
        var dwellings = city.Dwellings.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var buildings = city.Buildings.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var members = city.Households.SelectMany(h => h.Members, (h, m) => (Household: h.Id, Member: m)).ToList();
        var documents = city.Residents.SelectMany(r => r.Documents, (r, d) => (r.FiscalCode, Document: d)).ToList();

        return
        [
            new CopyTable<Municipality>(
                "municipality", "belfiore_code, istat_code, name, province", city.Municipalities,
                async (row, m, ct) =>
                {
                    await row.WriteAsync(m.BelfioreCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(m.IstatCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(m.Name, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(m.Province, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<Building>(
                "address", "building_id, municipality_code, municipio, street, house_number, postal_code", city.Buildings,
                async (row, b, ct) =>
                {
                    await row.WriteAsync(b.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.MunicipalityCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short?)b.Municipio, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.Street, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.HouseNumber, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(b.PostalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<Resident>(
                "citizen", "fiscal_code, surname, given_name, sex, birth_date, birthplace_code, citizenship, civil_status", city.Residents,
                async (row, r, ct) =>
                {
                    await row.WriteAsync(r.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.Surname, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.GivenName, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.Sex == Sex.Female ? "F" : "M", NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.BirthDate, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.BirthplaceCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(r.Citizenship, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)r.CivilStatus, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                }),
            new CopyTable<Resident>(
                "residence", "fiscal_code, building_id, dwelling_id, municipality_code, municipio", city.Residents,
                async (row, r, ct) =>
                {
                    var dwelling = dwellings[households[r.HouseholdId].DwellingId];
                    var building = buildings[dwelling.BuildingId];
                    await row.WriteAsync(r.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(building.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(dwelling.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(building.MunicipalityCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short?)building.Municipio, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                }),
            new CopyTable<Household>(
                "household", "id, head_fiscal_code", city.Households,
                async (row, h, ct) =>
                {
                    await row.WriteAsync(h.Id, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(h.HeadFiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string Household, HouseholdMember Member)>(
                "household_member", "fiscal_code, household_id, relationship_code", members,
                async (row, m, ct) =>
                {
                    await row.WriteAsync(m.Member.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(m.Household, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)m.Member.RelationshipCode, NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                }),
            new CopyTable<(string FiscalCode, IdentityDocument Document)>(
                "identity_document", "number, fiscal_code, type, issued_on, expires_on, issued_by", documents,
                async (row, d, ct) =>
                {
                    await row.WriteAsync(d.Document.Number, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.FiscalCode, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                    await row.WriteAsync((short)ToDocumentType(d.Document.Type), NpgsqlDbType.Smallint, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Document.IssuedOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Document.ExpiresOn, NpgsqlDbType.Date, ct).ConfigureAwait(false);
                    await row.WriteAsync(d.Document.IssuedBy, NpgsqlDbType.Text, ct).ConfigureAwait(false);
                }),
        ];
    }

    private static DocumentType ToDocumentType(IdentityDocumentType type) => type switch
    {
        IdentityDocumentType.ElectronicIdentityCard => DocumentType.ElectronicIdentityCard,
        IdentityDocumentType.PaperIdentityCard => DocumentType.PaperIdentityCard,
        IdentityDocumentType.Passport => DocumentType.Passport,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown identity document type."),
    };
}
