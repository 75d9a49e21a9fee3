using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>A row of <c>cadastral_unit</c>: a dwelling's unit, or a garage appurtenant to one.</summary>
/// <param name="Id">The unit id, e.g. <c>CU-0000001</c>.</param>
/// <param name="BuildingId">The building it is in.</param>
/// <param name="DwellingId">The dwelling it is; null for a garage.</param>
/// <param name="AppurtenantToId">A garage's dwelling unit; null otherwise.</param>
/// <param name="Sheet">The foglio.</param>
/// <param name="Parcel">The particella.</param>
/// <param name="SubUnit">The subalterno.</param>
/// <param name="Category">The cadastral category, e.g. <c>A/2</c>.</param>
/// <param name="CadastralIncomeCents">The rendita catastale in euro cents.</param>
/// <param name="SurfaceSquareMetres">The cadastral surface.</param>
/// <param name="OwnerFiscalCodes">
/// Its owners, read with the unit (a correlated array in the same statement) so that the access check of
/// <c>owners</c> knows whose data the unit holds without one more statement per unit.
/// </param>
internal sealed record CadastralUnitRecord(
    string Id,
    string BuildingId,
    string? DwellingId,
    string? AppurtenantToId,
    int Sheet,
    int Parcel,
    int SubUnit,
    string Category,
    long CadastralIncomeCents,
    int SurfaceSquareMetres,
    IReadOnlyList<string> OwnerFiscalCodes)
{
    /// <summary>The select list <see cref="Read"/> expects, for <c>cadastral_unit u</c>.</summary>
    public const string Columns =
        "u.id, u.building_id, u.dwelling_id, u.appurtenant_to_id, u.sheet, u.parcel, u.sub_unit, u.category, u.cadastral_income_cents, u.surface_square_metres, " +
        "array(select co.owner_fiscal_code from cadastral_ownership co where co.cadastral_unit_id = u.id order by co.owner_fiscal_code)";

    /// <summary>Reads <see cref="Columns"/> starting at column <paramref name="first"/>.</summary>
    public static CadastralUnitRecord Read(NpgsqlDataReader reader, int first = 0) => new(
        reader.GetString(first),
        reader.GetString(first + 1),
        reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2),
        reader.IsDBNull(first + 3) ? null : reader.GetString(first + 3),
        reader.GetInt32(first + 4),
        reader.GetInt32(first + 5),
        reader.GetInt32(first + 6),
        reader.GetString(first + 7),
        reader.GetInt64(first + 8),
        reader.GetInt32(first + 9),
        reader.GetFieldValue<string[]>(first + 10));
}
