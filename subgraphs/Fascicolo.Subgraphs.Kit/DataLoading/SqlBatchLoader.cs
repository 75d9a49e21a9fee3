using Dapper;
using Npgsql;

namespace Fascicolo.Subgraphs.Kit;

/// <summary>
/// A <see cref="BatchLoader{TKey, TRow}"/> that is just SQL: one statement with <c>= ANY(@keys)</c>,
/// run once per batch on the subgraph's <see cref="NpgsqlDataSource"/>, rows mapped by Dapper
/// (snake_case columns match PascalCase members).
/// </summary>
/// <example>
/// <code>
/// private static readonly SqlBatchLoader&lt;string, DocumentRow&gt; Documents = new(
///     "select fiscal_code, kind, number from identity_document where fiscal_code = any(@keys)",
///     row => row.FiscalCode);
/// Field&lt;ListGraphType&lt;DocumentType&gt;&gt;("documents").Resolve(ctx => Documents.LoadMany(ctx, ctx.Source.FiscalCode));
/// </code>
/// </example>
/// <typeparam name="TKey">The key type; an array of it is bound to <c>@keys</c>.</typeparam>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="sql">The statement; it must filter with <c>= any(@keys)</c>.</param>
/// <param name="keySelector">The key a row belongs to.</param>
public sealed class SqlBatchLoader<TKey, TRow>(string sql, Func<TRow, TKey> keySelector)
    : BatchLoader<TKey, TRow>((keys, services, cancellationToken) => QueryAsync(sql, keys, services, cancellationToken), keySelector)
    where TKey : notnull
{
    private static async Task<IEnumerable<TRow>> QueryAsync(string sql, IReadOnlyList<TKey> keys, IServiceProvider services, CancellationToken cancellationToken)
    {
        var dataSource = (NpgsqlDataSource?)services.GetService(typeof(NpgsqlDataSource))
            ?? throw new InvalidOperationException("SqlBatchLoader needs the subgraph's NpgsqlDataSource.");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // An array (not a list) so that Dapper binds one PostgreSQL array instead of expanding a list.
        var command = new CommandDefinition(sql, new { keys = keys.ToArray() }, cancellationToken: cancellationToken);
        return await connection.QueryAsync<TRow>(command).ConfigureAwait(false);
    }
}
