using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Registry.Data;

/// <summary>A citizen's wards (<see cref="Guardianship"/>) by the citizen's fiscal code, a batch at a time.</summary>
internal static class WardsByGuardian
{
    // Every member of each asker's household, with what the rule needs; one row per (asker, member).
    private const string Sql = """
        select me.fiscal_code, m.fiscal_code, m.relationship_code, c.birth_date
        from household_member me
        join household_member m on m.household_id = me.household_id
        join citizen c on c.fiscal_code = m.fiscal_code
        where me.fiscal_code = any(@keys)
        """;

    /// <summary>The loader of <c>Citizen.wards</c>: one row per ward, keyed by the guardian.</summary>
    public static readonly BatchLoader<string, (string Guardian, string Ward)> Loader = new(LoadAsync, w => w.Guardian);

    /// <summary>Loads the wards of the given citizens, reckoning ages on the registry's today.</summary>
    public static async Task<IEnumerable<(string Guardian, string Ward)>> LoadAsync(
        IReadOnlyList<string> fiscalCodes, IServiceProvider services, CancellationToken cancellationToken)
    {
        var today = services.GetRequiredService<RegistryClock>().Today;
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", fiscalCodes.ToArray());
        var households = new Dictionary<string, List<HouseholdPerson>>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var asker = reader.GetString(0);
                if (!households.TryGetValue(asker, out var members))
                {
                    households[asker] = members = [];
                }
                members.Add(new HouseholdPerson(reader.GetString(1), reader.GetInt16(2), reader.GetFieldValue<DateOnly>(3)));
            }
        }

        var wards = new List<(string Guardian, string Ward)>();
        foreach (var (asker, members) in households)
        {
            var guardian = members.Single(m => m.FiscalCode == asker);
            wards.AddRange(Guardianship.WardsOf(guardian, members, today).Select(ward => (asker, ward)));
        }
        return wards;
    }
}
