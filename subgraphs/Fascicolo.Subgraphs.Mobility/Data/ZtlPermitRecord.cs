using Fascicolo.Domain.SyntheticCity.Mobility;
using Npgsql;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>A row of <c>ztl_permit</c>.</summary>
internal sealed record ZtlPermitRecord(
    string Number,
    ZtlZone Zone,
    ZtlPermitKind Kind,
    string Plate,
    string HolderFiscalCode,
    DateOnly ValidFrom,
    DateOnly ValidUntil)
{
    /// <summary>The select list <see cref="Read"/> expects, on alias <c>p</c>.</summary>
    public const string Columns = "p.number, p.zone, p.kind, p.plate, p.holder_fiscal_code, p.valid_from, p.valid_until";

    /// <summary>Reads the current row (selected with <see cref="Columns"/>).</summary>
    public static ZtlPermitRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        (ZtlZone)reader.GetInt16(1),
        (ZtlPermitKind)reader.GetInt16(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetFieldValue<DateOnly>(5),
        reader.GetFieldValue<DateOnly>(6));
}
