using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>Residences (with their address and municipality) by the resident's fiscal code, a batch at a time.</summary>
internal static class ResidencesByFiscalCode
{
    private const string Sql = $"""
        select {ResidenceRecord.Columns}
        from residence r
        join address a on a.building_id = r.building_id
        join municipality m on m.belfiore_code = a.municipality_code
        where r.fiscal_code = any(@keys)
        """;

    /// <summary>The loader of <c>Citizen.residence</c>.</summary>
    public static readonly BatchLoader<string, ResidenceRecord> Loader = new(LoadAsync, r => r.FiscalCode);

    /// <summary>Loads the residences of the given residents; residents without one have no row.</summary>
    public static async Task<IEnumerable<ResidenceRecord>> LoadAsync(
        IReadOnlyList<string> fiscalCodes, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", fiscalCodes.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var residences = new List<ResidenceRecord>(fiscalCodes.Count);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            residences.Add(ResidenceRecord.Read(reader));
        }
        return residences;
    }
}
