using Fascicolo.Domain.Payments.Positions;
using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>The transfers of payment options, by IUV, a batch at a time.</summary>
internal static class TransfersByIuv
{
    private const string Sql = """
        select t.iuv, t.id_transfer, t.amount_cents, t.organization_fiscal_code, t.company_name, t.iban,
               t.remittance_information, t.category, t.status
        from payment_transfer t
        where t.iuv = any(@keys)
        order by t.iuv, t.id_transfer
        """;

    /// <summary>The loader of <c>PaymentOption.transfers</c>.</summary>
    public static readonly BatchLoader<string, TransferRecord> Loader = new(LoadAsync, t => t.Iuv);

    private static async Task<IEnumerable<TransferRecord>> LoadAsync(
        IReadOnlyList<string> iuvs, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", iuvs.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var transfers = new List<TransferRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            transfers.Add(new TransferRecord(
                reader.GetString(0),
                reader.GetInt16(1),
                reader.GetInt64(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.GetString(7),
                GpdCodes.ParseTransferStatus(reader.GetString(8))));
        }

        return transfers;
    }
}
