using Npgsql;

namespace Fascicolo.Subgraphs.Mobility.Data;

/// <summary>A row of <c>traffic_fine</c>: a verbale with the amounts its pagoPA position asks for.</summary>
internal sealed record TrafficFineRecord(
    string Number,
    string Plate,
    string DebtorFiscalCode,
    DateTime CommittedAt,
    string Place,
    string Article,
    string Paragraph,
    string Violation,
    int LicencePoints,
    long SanctionCents,
    long ExpensesCents,
    long FullCents,
    long? ReducedCents,
    DateOnly NotifiedOn,
    DateOnly? PaidOn,
    long? PaidCents,
    string Iupd)
{
    /// <summary>The select list <see cref="Read"/> expects, on alias <c>f</c>.</summary>
    public const string Columns =
        "f.number, f.plate, f.debtor_fiscal_code, f.committed_at, f.place, f.article, f.paragraph, f.violation, f.licence_points, " +
        "f.sanction_cents, f.expenses_cents, f.full_cents, f.reduced_cents, f.notified_on, f.paid_on, f.paid_cents, f.iupd";

    /// <summary>Reads the current row (selected with <see cref="Columns"/>); <see cref="CommittedAt"/> is UTC.</summary>
    public static TrafficFineRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetFieldValue<DateTime>(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7),
        reader.GetInt16(8),
        reader.GetInt64(9),
        reader.GetInt64(10),
        reader.GetInt64(11),
        reader.IsDBNull(12) ? null : reader.GetInt64(12),
        reader.GetFieldValue<DateOnly>(13),
        reader.IsDBNull(14) ? null : reader.GetFieldValue<DateOnly>(14),
        reader.IsDBNull(15) ? null : reader.GetInt64(15),
        reader.GetString(16));
}
