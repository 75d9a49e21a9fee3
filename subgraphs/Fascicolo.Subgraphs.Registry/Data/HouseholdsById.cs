using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>Households by id, with their members' fiscal codes, a batch at a time.</summary>
internal static class HouseholdsById
{
    // The members come along as an array (read through household_member_household_idx): they are the
    // household's data subjects, needed before any of its personal fields is resolved.
    private const string Sql = """
        select h.id, h.head_fiscal_code,
               array(select m.fiscal_code from household_member m where m.household_id = h.id order by m.fiscal_code) as members
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
            households.Add(new HouseholdRecord(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2)));
        }
        return households;
    }
}
