using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>The short, public lists read whole: Liguria's alert zones and the flood red zones.</summary>
internal static class ReferenceLists
{
    private const string AlertZonesSql = """
        select z.code, z.name, z.description
        from alert_zone z
        order by z.code
        """;

    private const string FloodRedZonesSql = $"""
        select {FloodRedZoneRecord.Columns}
        from flood_red_zone z
        order by z.id
        """;

    /// <summary>Every alert zone, A to E.</summary>
    public static async Task<IReadOnlyList<AlertZoneRecord>> AlertZonesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(AlertZonesSql);
        return await command.ReadAllAsync(r => new AlertZoneRecord(r.GetString(0), r.GetString(1), r.GetString(2)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every flood red zone, in id order.</summary>
    public static async Task<IReadOnlyList<FloodRedZoneRecord>> FloodRedZonesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(FloodRedZonesSql);
        return await command.ReadAllAsync(FloodRedZoneRecord.Read, cancellationToken).ConfigureAwait(false);
    }
}
