using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>Households by id, a batch at a time.</summary>
internal static class HouseholdsById
{
    private const string Sql = """
        select h.id, h.head_fiscal_code
        from household h
        where h.id = any(@keys)
        """;

    /// <summary>The loader every field resolving a household by id shares.</summary>
    public static readonly BatchLoader<string, HouseholdRecord> Loader = new(LoadAsync, h => h.Id);

    /// <summary>Loads the households with the given ids; unknown ids have no row.</summary>
    public static async Task<IEnumerable<HouseholdRecord>> LoadAsync(
        IReadOnlyList<string> ids, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var households = new List<HouseholdRecord>(ids.Count);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            households.Add(new HouseholdRecord(reader.GetString(0), reader.GetString(1)));
        }
        return households;
    }
}
