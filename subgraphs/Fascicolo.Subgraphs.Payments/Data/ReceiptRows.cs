using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>Reads <c>receipt</c> rows selected with <see cref="ReceiptRecord.Columns"/>.</summary>
internal static class ReceiptRows
{
    /// <summary>Runs the command and reads every receipt it returns.</summary>
    public static async Task<List<ReceiptRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var receipts = new List<ReceiptRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            receipts.Add(Read(reader));
        }

        return receipts;
    }

    /// <summary>Reads the current row.</summary>
    public static ReceiptRecord Read(NpgsqlDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new ReceiptRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetInt64(5),
            reader.GetInt64(6),
            StoredCodes.ParseMethod(reader.GetString(7)),
            reader.GetDateTime(8),
            reader.GetString(9),
            reader.GetString(10),
            reader.IsDBNull(11) ? null : reader.GetString(11),
            reader.IsDBNull(12) ? null : reader.GetString(12),
            reader.GetDateTime(13));
    }
}
