using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>Every position of a debtor, with its options, a batch of debtors at a time.</summary>
internal static class PositionsByDebtor
{
    private const string Sql = $"""
        {PositionRows.SelectFrom}
        where p.debtor_fiscal_code = any(@keys)
        {PositionRows.OrderBy}
        """;

    /// <summary>The loader of <c>debtPosition</c>: one statement per request level.</summary>
    public static readonly BatchLoader<string, PositionRecord> Loader = new(LoadAsync, p => p.DebtorFiscalCode);

    private static async Task<IEnumerable<PositionRecord>> LoadAsync(
        IReadOnlyList<string> fiscalCodes, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", fiscalCodes.ToArray());
        return await PositionRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }
}
