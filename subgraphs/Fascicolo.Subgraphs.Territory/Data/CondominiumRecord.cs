using Fascicolo.Domain.SyntheticCity.Territory;
using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>condominium</c> with its administrator.</summary>
/// <param name="Id">The condominium id, e.g. <c>CND-D969-000001</c>.</param>
/// <param name="BuildingId">Its building.</param>
/// <param name="Name">The name it goes by.</param>
/// <param name="FiscalCode">Its 11-digit fiscal code.</param>
/// <param name="DwellingCount">How many dwellings the building has.</param>
/// <param name="AdministratorKind">A person or a company.</param>
/// <param name="AdministratorName">The administrator's name.</param>
/// <param name="AdministratorFiscalCode">The administrator's fiscal code: 16 characters for a person, 11 digits for a company.</param>
/// <param name="AdministratorSince">The day of the appointment.</param>
internal sealed record CondominiumRecord(
    string Id,
    string BuildingId,
    string Name,
    string FiscalCode,
    int DwellingCount,
    AdministratorKind AdministratorKind,
    string AdministratorName,
    string AdministratorFiscalCode,
    DateOnly AdministratorSince)
{
    /// <summary>The select list <see cref="Read"/> expects, for <c>condominium c</c>.</summary>
    public const string Columns = """
        c.id, c.building_id, c.name, c.fiscal_code, c.dwelling_count,
        c.administrator_kind, c.administrator_name, c.administrator_fiscal_code, c.administrator_since
        """;

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static CondominiumRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetInt32(4),
        (AdministratorKind)reader.GetInt16(5),
        reader.GetString(6),
        reader.GetString(7),
        reader.GetFieldValue<DateOnly>(8));
}
