using Npgsql;

namespace Fascicolo.Subgraphs.Payments.Seed;

/// <summary>
/// Drops the keys, foreign keys and indexes of the seeded tables before the bulk COPY and recreates
/// them afterwards from the definitions the catalog held: one index build over loaded rows is much
/// faster than row-by-row maintenance, and a foreign key added afterwards is checked in one join.
/// The migration stays the only place that defines them. (The registry's seeder does the same.)
/// </summary>
internal sealed class DeferredConstraints
{
    // Constraints that own an index (primary keys, unique) and foreign keys; and the indexes no constraint owns.
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

    private readonly List<(string Table, string Name, string Definition)> _keys = [];
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys = [];
    private readonly List<(string Name, string Definition)> _indexes = [];

    private DeferredConstraints()
    {
    }

    /// <summary>Reads the definitions of the tables' keys and indexes, then drops them.</summary>
    public static async Task<DeferredConstraints> DropAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var deferred = new DeferredConstraints();
        await using (var command = new NpgsqlCommand(ConstraintsSql, connection, transaction))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var constraint = (reader.GetString(0), reader.GetString(1), reader.GetString(3));
                (reader.GetString(2) == "f" ? deferred._foreignKeys : deferred._keys).Add(constraint);
            }
        }

        await using (var command = new NpgsqlCommand(IndexesSql, connection, transaction))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                deferred._indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        // Foreign keys first: they depend on the keys they reference.
        var drops = deferred._foreignKeys.Concat(deferred._keys)
            .Select(c => $"alter table {c.Table} drop constraint {Quote(c.Name)}")
            .Concat(deferred._indexes.Select(i => $"drop index {i.Name}"));
        await ExecuteAsync(connection, transaction, drops, cancellationToken).ConfigureAwait(false);
        return deferred;
    }

    /// <summary>Recreates what <see cref="DropAsync"/> dropped: keys and indexes first, then foreign keys.</summary>
    public Task RestoreAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var creates = _keys.Select(c => $"alter table {c.Table} add constraint {Quote(c.Name)} {c.Definition}")
            .Concat(_indexes.Select(i => i.Definition))
            .Concat(_foreignKeys.Select(c => $"alter table {c.Table} add constraint {Quote(c.Name)} {c.Definition}"));
        return ExecuteAsync(connection, transaction, creates, cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
