using Npgsql;

namespace Fascicolo.Subgraphs.Territory.Data;

/// <summary>Runs a command and reads every row of its result.</summary>
internal static class CommandReading
{
    /// <summary>Executes <paramref name="command"/> and reads each row with <paramref name="read"/>.</summary>
    public static async Task<List<TRow>> ReadAllAsync<TRow>(this NpgsqlCommand command, Func<NpgsqlDataReader, TRow> read, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<TRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
