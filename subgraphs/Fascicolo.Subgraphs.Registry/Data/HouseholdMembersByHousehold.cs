using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>The members of households by household id, a batch at a time.</summary>
internal static class HouseholdMembersByHousehold
{
    // By relationship (the head, code 1, first), then by fiscal code: a stable order for clients and snapshots.
    private const string Sql = """
        select m.household_id, m.fiscal_code, m.relationship_code
        from household_member m
        where m.household_id = any(@keys)
        order by m.household_id, m.relationship_code, m.fiscal_code
        """;

    /// <summary>The loader of <c>Household.members</c>.</summary>
    public static readonly BatchLoader<string, HouseholdMemberRecord> Loader = new(LoadAsync, m => m.HouseholdId);

    /// <summary>Loads the members of the given households, each row knowing its household's other members.</summary>
    public static async Task<IEnumerable<HouseholdMemberRecord>> LoadAsync(
        IReadOnlyList<string> householdIds, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", householdIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(string HouseholdId, string FiscalCode, int RelationshipCode)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt16(2)));
        }

        // The rows already hold every member of each household: no second statement for the subjects.
        var membersOf = rows.GroupBy(r => r.HouseholdId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(r => r.FiscalCode).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
        return [.. rows.Select(r => new HouseholdMemberRecord(r.HouseholdId, r.FiscalCode, r.RelationshipCode, membersOf[r.HouseholdId]))];
    }
}
