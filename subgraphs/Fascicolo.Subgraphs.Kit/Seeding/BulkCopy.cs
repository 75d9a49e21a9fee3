using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// Writes a subgraph's slice of the city with binary COPY in one transaction: the tables'
/// <see cref="DeferredConstraints"/> are dropped first and built once after the load (stage
/// <c>indexes</c>), then the transaction commits and the tables are analysed, so the first queries
/// are planned on the real row counts.
/// </summary>
public sealed class BulkCopy
{
    // Index builds sort in memory up to this much instead of spilling to disk (session-local).
    private const string SessionSettings = "set local maintenance_work_mem = '256MB'";

    /// <summary>The tables to copy, in an order that satisfies the foreign keys.</summary>
    public required IReadOnlyList<CopyTable> Tables { get; init; }

    /// <summary>
    /// The tables whose keys, foreign keys and indexes are dropped before the load and rebuilt after
    /// it; none (the default) leaves the migration's in place, for slices small enough to load with them.
    /// </summary>
    public IReadOnlyList<string> DeferredConstraintTables { get; init; } = [];

    /// <summary>The tables analysed after the commit.</summary>
    public required IReadOnlyList<string> AnalysedTables { get; init; }

    /// <summary>
    /// A last step inside the transaction, after the copies and the rebuilt constraints (another
    /// loader, sequences moved past the seeded ids); it may add to the rows written per table.
    /// </summary>
    public Func<NpgsqlConnection, NpgsqlTransaction, IDictionary<string, long>, CancellationToken, Task>? BeforeCommit { get; init; }

    /// <summary>Copies the tables and returns the rows written per table.</summary>
    /// <param name="context">The seed's database and progress.</param>
    /// <param name="cancellationToken">Cancels the load (the transaction rolls back).</param>
    /// <returns>The rows written per table.</returns>
    public async Task<IReadOnlyDictionary<string, long>> WriteAsync(SeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
        {
            await ExecuteAsync(connection, transaction, SessionSettings, cancellationToken).ConfigureAwait(false);
            var deferred = DeferredConstraintTables.Count == 0
                ? null
                : await DeferredConstraints.DropAsync(connection, transaction, DeferredConstraintTables, cancellationToken).ConfigureAwait(false);
            foreach (var table in Tables)
            {
                rows[table.Name] = (long)await table.CopyAsync(connection, context.Progress, cancellationToken).ConfigureAwait(false);
            }

            if (deferred is not null)
            {
                context.Progress.Report("indexes", 0, 1);
                await deferred.RestoreAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                context.Progress.Report("indexes", 1, 1);
            }

            if (BeforeCommit is not null)
            {
                await BeforeCommit(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, null, "analyze " + string.Join(", ", AnalysedTables), cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
