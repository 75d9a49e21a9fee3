using Npgsql;

namespace Fascicolo.Subgraphs.Taxes.Seed;

/// <summary>
/// Drops the keys, foreign keys and indexes of the seeded tables before the bulk load and recreates
/// them afterwards from the definitions the catalog held (building an index once over loaded rows
/// is much faster than maintaining it row by row). The migration stays the only place that defines them.
/// </summary>
internal sealed class DeferredIndexes
{
    // Keys and unique constraints own their index; foreign keys are checked once when re-added.
    private const string ConstraintsSql = """
        select c.conrelid::regclass::text, c.conname, c.contype::text, pg_get_constraintdef(c.oid)
        from pg_constraint c
        where c.conrelid = any(@tables::regclass[]) and c.contype in ('p', 'u', 'f')
        order by c.conrelid::regclass::text, c.conname
        """;

    private const string IndexesSql = """
        select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        from pg_index i
        where i.indrelid = any(@tables::regclass[])
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))
        order by 1
        """;

    private readonly List<string> _drops = [];
    private readonly List<string> _creates = [];

    private DeferredIndexes()
    {
    }

    /// <summary>Reads the definitions of the tables' keys and indexes, then drops them.</summary>
    public static async Task<DeferredIndexes> DropAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var deferred = new DeferredIndexes();
        var keys = new List<string>();
        var foreignKeys = new List<(string Drop, string Create)>();
        await using (var command = new NpgsqlCommand(ConstraintsSql, connection, transaction))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var (table, name, definition) = (reader.GetString(0), Quote(reader.GetString(1)), reader.GetString(3));
                var pair = ($"alter table {table} drop constraint {name}", $"alter table {table} add constraint {name} {definition}");
                if (reader.GetString(2) == "f")
                {
                    foreignKeys.Add(pair);
                }
                else
                {
                    deferred._drops.Add(pair.Item1);
                    keys.Add(pair.Item2);
                }
            }
        }
        await using (var command = new NpgsqlCommand(IndexesSql, connection, transaction))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                deferred._drops.Add($"drop index {reader.GetString(0)}");
                keys.Add(reader.GetString(1));
            }
        }

        // Foreign keys go first and come back last: they depend on the referenced keys.
        deferred._drops.InsertRange(0, foreignKeys.Select(f => f.Drop));
        deferred._creates.AddRange(keys.Concat(foreignKeys.Select(f => f.Create)));
        await ExecuteAsync(connection, transaction, deferred._drops, cancellationToken).ConfigureAwait(false);
        return deferred;
    }

    /// <summary>Recreates what <see cref="DropAsync"/> dropped.</summary>
    public Task RestoreAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, _creates, cancellationToken);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
