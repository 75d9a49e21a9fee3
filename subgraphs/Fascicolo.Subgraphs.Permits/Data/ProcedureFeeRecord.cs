using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Permits.Data;

/// <summary>A row of <c>procedure_fee</c>: a fee and the pagoPA position that charges it.</summary>
/// <param name="Iupd">The debt position's number (the payments subgraph's key).</param>
/// <param name="ProcedureId">The procedure.</param>
/// <param name="Description">The causale.</param>
/// <param name="Amount">The amount the tariff sets.</param>
internal sealed record ProcedureFeeRecord(string Iupd, string ProcedureId, string Description, Money Amount)
{
    /// <summary>The select list <see cref="Read"/> expects, over <c>procedure_fee</c> aliased <c>f</c>.</summary>
    public const string Columns = "f.iupd, f.procedure_id, f.description, f.amount_cents";

    /// <summary>Reads the current row, selected with <see cref="Columns"/>.</summary>
    public static ProcedureFeeRecord Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        new Money(reader.GetInt64(3)));
}
