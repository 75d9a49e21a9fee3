using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>Citizens by fiscal code, a batch at a time.</summary>
internal static class CitizensByFiscalCode
{
    // Matched exactly as issued: omocodic variants of a base code are different people's codes,
    // so a code is never normalised to its BaseCode before the lookup.
    private const string Sql = $"""
        select {CitizenRecord.Columns}
        from citizen c
        where c.fiscal_code = any(@keys)
        """;

    /// <summary>The loader every field resolving a citizen by fiscal code shares: one statement per request level.</summary>
    public static readonly BatchLoader<string, CitizenRecord> Loader = new(LoadAsync, c => c.FiscalCode);

    /// <summary>Loads the citizens with the given fiscal codes; unknown codes have no row.</summary>
    public static async Task<IEnumerable<CitizenRecord>> LoadAsync(
        IReadOnlyList<string> fiscalCodes, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", fiscalCodes.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var citizens = new List<CitizenRecord>(fiscalCodes.Count);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            citizens.Add(CitizenRecord.Read(reader));
        }
        return citizens;
    }
}
