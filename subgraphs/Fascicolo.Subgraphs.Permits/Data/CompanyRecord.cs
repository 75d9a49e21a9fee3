using Npgsql;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>A row of <c>company</c>: a business of the Registro delle imprese.</summary>
/// <param name="FiscalCode">The 11-digit fiscal code (VAT number).</param>
/// <param name="Name">The registered name.</param>
/// <param name="LegalForm">The legal form code, e.g. <c>DI</c>.</param>
/// <param name="OwnerFiscalCode">The owner or legal representative.</param>
/// <param name="AtecoCode">The main ATECO code.</param>
/// <param name="BuildingId">The premises' building.</param>
/// <param name="RegisteredOn">The day it was registered.</param>
internal sealed record CompanyRecord(
    string FiscalCode,
    string Name,
    string LegalForm,
    string OwnerFiscalCode,
    string AtecoCode,
    string BuildingId,
    DateOnly RegisteredOn)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>company</c> aliased <c>c</c>.</summary>
    public const string Columns = "c.fiscal_code, c.name, c.legal_form, c.owner_fiscal_code, c.ateco_code, c.building_id, c.registered_on";

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static CompanyRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetFieldValue<DateOnly>(6));
}
