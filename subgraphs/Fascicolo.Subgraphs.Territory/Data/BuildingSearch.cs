using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>
/// Buildings a page at a time, in id order, optionally those of one municipality or one red zone;
/// each filter has an index ending in the id, so a page is one ordered index range.
/// </summary>
internal static class BuildingSearch
{
    private const string Sql = $"""
        select {BuildingRecord.Columns}
        from {BuildingRecord.From}
        where (@municipality::text is null or b.municipality_code = @municipality)
          and (@floodRedZone::text is null or b.flood_red_zone_id = @floodRedZone)
          and (@after::text is null or b.id > @after)
        order by b.id
        limit @limit
        """;

    /// <summary>Fetches up to <paramref name="limit"/> buildings with an id after <paramref name="after"/>.</summary>
    public static async Task<IReadOnlyList<BuildingRecord>> FindAsync(
        IServiceProvider services, string? municipality, string? floodRedZone, string? after, int limit, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string?>("municipality", municipality));
        command.Parameters.Add(new NpgsqlParameter<string?>("floodRedZone", floodRedZone));
        command.Parameters.Add(new NpgsqlParameter<string?>("after", after));
        command.Parameters.AddWithValue("limit", limit);
        return await command.ReadAllAsync(r => BuildingRecord.Read(r), cancellationToken).ConfigureAwait(false);
    }
}
