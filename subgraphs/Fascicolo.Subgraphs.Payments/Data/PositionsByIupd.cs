using Fascicolo.Subgraphs.Kit;
using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Data;

/// <summary>Positions by IUPD, with their options, a batch at a time.</summary>
internal static class PositionsByIupd
{
    private const string Sql = $"""
        {PositionRows.SelectFrom}
        where p.iupd = any(@keys)
        {PositionRows.OrderBy}
        """;

    /// <summary>The loader every field resolving a position by IUPD shares.</summary>
    public static readonly BatchLoader<string, PositionRecord> Loader = new(LoadAsync, p => p.Iupd);

    /// <summary>Loads the positions with the given IUPDs; unknown ones have no record.</summary>
    public static async Task<IEnumerable<PositionRecord>> LoadAsync(
        IReadOnlyList<string> iupds, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(Sql);
        command.Parameters.AddWithValue("keys", iupds.ToArray());
        return await PositionRows.ReadAsync(command, cancellationToken).ConfigureAwait(false);
    }
}
