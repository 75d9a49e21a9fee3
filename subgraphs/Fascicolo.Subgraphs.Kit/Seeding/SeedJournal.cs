using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>What the journal says about the database's seed.</summary>
/// <param name="Completed">Whether the seed finished (<see langword="false"/>: a run was interrupted).</param>
/// <param name="Residents">The city size.</param>
/// <param name="Seed">The generator seed.</param>
/// <param name="StartedAt">When the seed started.</param>
/// <param name="ElapsedSeconds">How long it took, when completed.</param>
/// <param name="RowsPerTableJson">The rows per table (JSON), when completed.</param>
/// <param name="DetailsJson">The seeder's details (JSON), when completed.</param>
public sealed record SeedRecord(bool Completed, int Residents, ulong Seed, DateTimeOffset StartedAt, double? ElapsedSeconds, string? RowsPerTableJson, string? DetailsJson);

/// <summary>
/// The one-row table <c>kit_seed</c> recording the seed of a database: its size, generator seed and
/// time, and whether it completed. It lives in the public schema, so a reset drops it too.
/// </summary>
public static class SeedJournal
{
    // Seed reports are read by tools (the build's up.json): camelCase, like the rest of the report.
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web);

    private const string CreateSql = """
        create table if not exists kit_seed (
            id             int            primary key default 1 check (id = 1),
            completed      boolean        not null,
            residents      int            not null,
            seed           numeric(20, 0) not null,
            started_at     timestamptz    not null default now(),
            elapsed_s      double precision,
            rows_per_table jsonb,
            details        jsonb)
        """;

    /// <summary>Reads the journal, or <see langword="null"/> when the database was never seeded.</summary>
    /// <param name="dataSource">The subgraph's data source.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, if any.</returns>
    public static async Task<SeedRecord?> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await ExecuteAsync(dataSource, CreateSql, cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand(
            "select completed, residents, seed, started_at, elapsed_s, rows_per_table::text, details::text from kit_seed");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        return new SeedRecord(
            reader.GetBoolean(0), reader.GetInt32(1), (ulong)reader.GetDecimal(2), reader.GetFieldValue<DateTimeOffset>(3),
            reader.IsDBNull(4) ? null : reader.GetDouble(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6));
    }

    /// <summary>Records that a seed is starting: a crash leaves this mark, and the next seed starts over.</summary>
    internal static async Task MarkStartedAsync(NpgsqlDataSource dataSource, SeedOptions options, CancellationToken cancellationToken)
    {
        await ExecuteAsync(dataSource, CreateSql, cancellationToken).ConfigureAwait(false);
        await using var command = dataSource.CreateCommand("""
            insert into kit_seed (completed, residents, seed) values (false, $1, $2)
            on conflict (id) do update set completed = false, residents = excluded.residents, seed = excluded.seed,
                started_at = now(), elapsed_s = null, rows_per_table = null, details = null
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = options.Residents });
        command.Parameters.Add(new NpgsqlParameter { Value = (decimal)options.Seed });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records that the seed completed, with its rows per table and details.</summary>
    internal static async Task MarkCompletedAsync(NpgsqlDataSource dataSource, SeedResult result, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("update kit_seed set completed = true, elapsed_s = $1, rows_per_table = $2, details = $3");
        command.Parameters.Add(new NpgsqlParameter { Value = elapsed.TotalSeconds });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(result.RowsPerTable), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = result.Details is null ? DBNull.Value : JsonSerializer.Serialize(result.Details, DetailsJson), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
